"""The words and patterns the pronoun conditions look for: generic role nouns, names, gendered
nouns, and the cues that a passage narrates or names someone (used by ``pronouns.py``)."""
from __future__ import annotations

import functools
import re

from .rxguard import guarded

GENERIC_ROLES = (
    r"secretary of state|company secretary|trust secretary|board secretary|general secretary|patient|service user|client|resident|applicant|candidate|employee|member of (?:the )?(?:staff|team|public)|"
    r"staff member|team member|colleague|clinician|doctor|nurse|practitioner|consultant|manager|line manager|"
    r"supervisor|carer|child|young person|person|individual|visitor|student|trainee|worker|complainant|donor|"
    r"attorney|user|member|volunteer|officer|reviewer|assessor|investigator|chair|chairperson|surgeon|co-?author|"
    r"physician|therapist|midwife|health visitor|receptionist|secretary|care assistant|healthcare assistant|"
    r"cleaner|nanny|au pair|au-pair|childminder|claimant|tenant|customer|learner|pupil|adult|author|requester|caller|"
    r"referrer|professional|GP|dentist|pharmacist|paramedic|porter|interpreter|appraiser|appraisee|mentor|"
    r"mentee|recruit|contractor|locum|director|governor|trustee|representative|parent|guardian|partner|"
    r"relative|next of kin|nominee|witness|spokesperson|head of (?:department|service)|registrar|"
    r"postholder|post holder|jobholder|job holder|holder|occupant|owner|driver|operator|lead|leader|"
    r"executive|teacher|coordinator|co-ordinator|administrator|assistant|employer|landlord|"
    r"participant|respondent|signatory|sponsor|buddy|champion|advocate|deputy|delegate|lodger|letting agent|let-only agent|estate agent|guarantor|leaseholder|licensee|joint tenant|"
    r"inpatient|outpatient|service-user|infant|baby|newborn|toddler|executor|executrix|personal representative|testator|adolescent|teenager|minor|caregiver|"
    r"nursery nurse|support worker|social worker|personal assistant|housekeeper|nominated person|appointee|"
    r"supervisee|registrant|recipient|victim|perpetrator|offender|deceased|citizen|occupier|householder|"
    r"radiographer|physiotherapist|counsell?or|handler|psychologist|psychiatrist|optometrist|dietitian|sonographer|"
    r"technician|specialist|trainer|educator|facilitator|chaplain|AMHP|healthcare worker|health worker|"
    r"care worker|key worker|keyworker|mother-to-be|father-to-be|new starter|starter|leaver|newcomer|"
    r"president|vice-president|treasurer|captain|convenor|convener|moderator|returning officer|clerk|"
    r"family member|household member|custodian|dependant|beneficiary|next friend|proxy|nonmember|non-member|"
    r"licensee|licensor|lessee|lessor|insured|policyholder|policy holder|grievant|appellant|subscriber|"
    r"incumbent|shareholder|elector|voter|bidder|tenderer|supplier|purchaser|buyer|seller|guest|"
    r"passenger|traveller|researcher|jobseeker|job seeker|headteacher|head teacher|committee member|"
    r"councillor|examiner|examinee|assessee|auditor|inspector|warden|caretaker|steward|priest|vicar|"
    r"rabbi|imam|celebrant|officiant|adopter|loved one|significant other|other half|"
    r"suspect(?!s\b)|detainee|prisoner|inmate|defendant|arrestee|probationer|leaseholder|lecturer|veteran|"
    r"invigilator|referee|survivor|apprentice|intern|undergraduate|postgraduate|befriender|companion|attendant|helper|sitter|"
    r"constable|bishop|archdeacon|curate|churchwarden|mayor|deputy mayor|"
    r"hirer|renter|borrower|organiser|organizer|chemist|optician|ex-partner|former partner|"
    r"player|coach|umpire|librarian|scoutmaster|assistant scoutmaster|scout leader|cubmaster|den leader|patrol leader|"
    r"troop leader|cub scout|scout(?!\s+(?:groups?|associations?)\b)|lifeguard|goalkeeper|goalie|jockey|rower|"
    # (not the conditions named after them: "athlete's foot", "golfer's elbow", "swimmer's ear")
    r"swimmer(?!['\u2019]s\s+(?:ear|itch|shoulder))|golfer(?!['\u2019]s\s+elbow)|athlete(?!['\u2019]s\s+(?:foot|heart))|entrant|spouse|friend|batter|bowler|fielder|pastor|deacon|proposer|seconder|nominator|"
    r"abuser|substance abuser|addict|alcoholic|problem drinker|heavy drinker|drinker|smoker|gambler|(?-i:NR)|"
    # parties and advisers in wills, trusts and money matters: "the legatee ... his gift"
    r"lawyer|solicitor|barrister|legatee|fiduciary|heir|devisee|settlor|grantor|guarantor|debtor|creditor|"
    r"mediator|arbitrator|notary|conveyancer|payee|donee|matron|superintendent|"
    # first aid, care, housing and public roles: "if a casualty is unconscious, ... his airway"
    r"casualty|hygienist|tipster|tutor|first aider|bystander|rescuer|informant|whistle-?blower|sufferer|wearer|h(?:a)?emophiliac|amputee|"
    # (not "the Speaker", one office holder)
    r"(?-i:speaker)|listener|"
    r"minister of religion|podiatrist|chiropodist|osteopath|chiropractor|doula|responder|call handler|dispatcher|"
    r"attendee|homeowner|enquirer|panellist|interviewer|interviewee|preceptor|preceptee|shopper|spectator|motorist|"
    r"pedestrian|firefighter|instructor|asylum seeker|refugee|migrant|immigrant|neighbour|sub-?tenant|freeholder|"
    r"grandparent|sibling|pensioner|retiree|mourner|data subject|coroner|medical examiner|funeral director|undertaker|decedent|"
    r"(?:funeral\s+)?(?:conductor|arranger)|embalmer|"
    # a person a search, rescue or study is about ("reassure the subject ... him"), not a topic or a school subject
    r"subject(?!\s+(?:of|to|matter|areas?|lines?|access|headings?|teachers?|leads?|knowledge|specific)\b)|"
    # clinical specialists: "the gynaecologist ... him", "an obstetrician"
    r"(?:gyn(?:a?e)col|urol|cardiol|oncol|dermatol|neurol|radiol|ha?ematol|rheumatol|endocrinol|gastroenterol|"
    r"ophthalmol|audiol|pathol|immunol|nephrol|anaesthesiol|anesthesiol|microbiol|sexol|embryol)ogist|(?:obstetric|paediatric|pediatric|geriatric|mortic|dietic|beautic)ian|anaest?hetist|anesthetist|"
    # "the Chief shall be appointed" (not "Chief Executive"), "the Head of each Standing Committee"
    r"chief(?=\s*[,.;:)]|\s+(?:shall|must|may|will|should|would|can|is|was|has|had|and|or)\b)|head(?= of (?:(?:the |each |any |a )(?!(?:bed|bath|table|queue|stairs|line|river|valley|page)\b)\w|(?-i:[A-Z])))|"
    # heads of colleges and universities, and roles known by their initials
    r"vice-chancellor|pro-vice-chancellor|provost|principal|dean|bursar|rector|ASW|SENCO|SENDCo|DSL|RMO|"
    r"individual concerned|person concerned|employee concerned|staff member concerned|"
    # masculine titles used for any holder of the role: "the Chairman ... he" is generic too
    r"chairman|vice-chairman|spokesman|headmaster|housemaster|foreman|policeman|fireman|layman|workman|postman"
)
# words ending in "ed" that are no past forms ("need", "proceed", "indeed"), as a look-ahead before "[a-z]+ed"
NOT_PAST_EED = r"(?!(?:need|feed|seed|speed|breed|bleed|heed|deed|proceed|exceed|succeed|indeed|embed)\b)"
# roles that generic "she" is stereotypically used for
FEMALE_STEREOTYPED = re.compile(
    r"\b(?:nurse|midwife|health visitor|receptionist|secretary|carer|care assistant|healthcare assistant|"
    r"cleaner|nanny|au pair|au-pair|childminder|nursery nurse|personal assistant|housekeeper|support worker|"
    r"teaching assistant|care worker|administrator|nursing assistant|nursing associate|ward clerk|"
    r"clinic clerk|medical secretary|maternity assistant|hostess|matron)s?$",
    re.I,
)
_DET = (r"a|an|the|its|each|every|any|your|their|our|this|that|no|such|one|new|relevant|another|which|"
        r"whichever|either|same")
# a role noun modifying a noun names a thing: "your GP surgery", "any child protection concern", "the patient transport service"
_NOUN_MODIFIER = (r"(?!\s+(?:surgery|surgeries|practices?|protection|safeguarding|safety|transport|records?|notes|"
                  r"experiences?|feedback|surveys?|information|leaflets?|handbook|portal|forum|union|list|lists|"
                  r"pathway|journey|satisfaction|involvement|participation|engagement|car\s+park|toilets?|placements?|agenc(?:y|ies)|visas?|"
                  # "our six-month starter offer", "the member pack"
                  r"offer(?!\s*$|\s+(?:his|her|their|to|a|an|the|your|my|our|them|him)\b)|pack|kit|discount|fees?|bag|halls?|huts?|troops?|"
                  r"camps?|badges?|uniforms?|"
                  # "the local health executive council", "an entire inpatient care plan"
                  r"councils?|committees?|boards?|panels?|care\s+(?:plans?|records?|packages?|pathways?|settings?)|"
                  # one office of state: "the deputy prime minister ... him" is whoever holds it now
                  r"prime\s+minister|first\s+minister)\b)")
_GENERIC = re.compile(
    r"\b(?P<det>" + _DET + r")\s+(?P<mods>(?:(?-i:[A-Z])[\w-]+\s+or\s+)?(?:(?!(?:and|or|of|to|for|with|in|on|at|by|is|are|was|were|a|an|the|when|if|where|whether|that|who|which|"
    r"any|each|every|no|this|these|those|your|their|our|its|his|her|such|another|some|all)\b)[\w-]+\s+){0,2}?)(?P<role>" + GENERIC_ROLES + r")(?:s|'s)?\b"
    + r"(?![-\u2010\u2011](?:led|cent(?:red|ered)|focused|facing|friendly|specific|based|owned|run|initiated|related|level|"
    r"reported|held|directed|driven|first)\b)" + _NOUN_MODIFIER     # (not part of a compound: "the nurse-led clinic", "a patient-centred plan")
    # (nor a word for a body of people: "the professional network's concern", "a patient group")
    + r"(?<!['\u2019]s)(?!\s+(?:networks?|teams?|groups?|bodies|body|organi[sz]ations?|associations?|forums?|standards?)\b"
    r"(?!\s*$|\s+(?:his|her|their|its|the|a|an|up|together)\b))"     # (not the verb: "each nurse groups her tasks")
    + r"|\b(?P<pro>anyone|someone|some one(?![-\w])|everyone|everybody|somebody|anybody|whoever|nobody|no one|no-one"
    # "when one of the joint tenants dies, his ...", not one described ("Brian, one of the members") nor one of
    # a sex ("One of the men has his arm ...")
    r"|(?<!, )one of (?:the|your|their|its) (?!(?:[\w-]+ )?(?:men|women|boys|girls|ladies|gentlemen|mothers|fathers|sons|daughters|brothers|sisters)\b)(?:[\w-]+ )?[\w-]+s(?= (?:dies|leaves|retires|resigns|moves|wants|wishes|needs|must|should|shall|may|can|will|is|has)\b)"
    r"|(?<=the more )one(?= [a-z]+s\b)|(?<=the less )one(?= [a-z]+s\b)|"     # "the more one knows about his" (not "if one is free")
    + "|".join(rf"(?<={w} )one(?= (?:knows|feels|thinks|learns|understands|believes)\b)" for w in (r"\bif", r"\bwhen", "unless", r"\bwhat", r"\bhow"))
    # (or the generic "one" kept from doing something: "the law may prevent one from causing injury ... force him")
    + r"|(?<![\w-])one(?=['\u2019]s\s)|one(?=\s+(?:from\s+)?[a-z]+ing\b)(?:(?<=prevent one)|(?<=prevents one)|(?<=stop one)|(?<=stops one)|"
    r"(?<=keep one)|(?<=keeps one)|(?<=deter one)|(?<=prohibit one)|(?<=discourage one))|each(?= (?:shall|must|may|should) ))\b",     # "from one's past ... he", bylaws' "each shall ... unless he"
    re.I,
)
_ROLE_TAIL = re.compile(
    r"\b(?:" + GENERIC_ROLES + r"|chairman|officer|lead|head|panel|team|group|unit|service|trust|board|office|"
    r"department|centre|center|clinic|hospital|council|committee|network|act|policy|procedure|guidance|standard|"
    r"meeting|minutes|event|session|competition|championship|conference|assembly|"
    r"scheme|programme|fund|foundation|association|society|university|college|school|practice|surgery|ward|"
    r"commission|authority|agency|court|tribunal|directorate|division|day|week|road|street|house|line|form|"
    r"system|record|register|plan|review|report|strategy|charter|code|order|regulation|directive|measure|bill|rule|"
    r"byelaw|bylaw|constitution|book|booklet|handbook|badge|card|pass|passport|guide|leaflet|manual|pack|letter)s?,?$",
    re.I)
_BARE_ROLE = re.compile(
    r"(?:\b(?:if|when|where|unless|once|whether)|,)\s+(?P<role>" + GENERIC_ROLES + r")\s+(?:is|are|was|has|does|can|cannot|"
    r"lacks|needs|wants|agrees|refuses|declines|gives|makes|takes|signs|pays)\b", re.I)     # note style: ", patient gives his version"
# a capitalised office with no article: "The title of President of the Club shall be ...", "The duties of Secretary"
_BARE_OFFICE = re.compile(r"\b(?:[Tt]itle|[Oo]ffice|[Pp]ost|[Rr]ole|[Pp]osition|[Dd]uties|[Pp]owers) of\s+(?P<role>President|Vice-President|"
                          r"Secretary|Treasurer|Chair|Chairman|Chairperson|Captain|Clerk|Convenor|Convener|Registrar|Warden)\b"
                          r"(?!\s+of\s+State)")
_BARE_OBJECT = re.compile(
    r"\b(?:help|ask|tell|inform|assist|allow|encourage|educate|advise|remind|support|escort|reassure)\s+"
    r"(?P<role>patient|client|resident|service user|child|user)\s+(?:to|with|about|that|if)\b", re.I)
# parenting advice calls the baby "baby", with no article: "Hold baby so that his head ...", "(baby is happier ...)"
_BARE_BABY = re.compile(r"(?:^|(?<=[.!?;:(\u2022\n-])|\b(?:hold|help|put|lay|feed|bath|bathe|settle|wind|burp|dress|carry|"
                        r"give|let|keep|place|bring|take|wake|comfort|cuddle|rock|lift|check|watch|when|if|until|while|once|"
                        r"so that|because|before|after)\s)\s*(?P<role>baby)\b(?![-\s]?(?:['\u2019]s|boy|girl|grow|clinic|group|"
                        r"unit|massage|food|milk|bath|monitor|box|bag|seat)\b)", re.I)
# note style: a role's possessive with no article ("Describe child's life at home")
_BARE_POSSESSIVE = re.compile(
    r"\b(?<!\bthe )(?<!\ba )(?<!\byour )(?P<role>child|patient|client|resident|service user|pupil|student|employee|"
    r"young person|applicant|claimant)'s\b", re.I)
# charter and contract style: a role noun with no article opening a sentence, line or list item
# ("Patient has the right to ...", "- Employee must give notice ...")
# (matched only where a sentence or line starts: see LINE_STARTS)
_LEAD_VERBS = r"has|is|shall|must|should|will|may|can|cannot|needs|agrees|undertakes|accepts"
_PLURAL_LEAD_VERBS = r"must|should|shall|will|may|can|cannot|are|need"
# ("Employees must apply in writing to his supervisor": a plural role as the subject is still a role)
_LEAD_ROLE = re.compile(
    r"[ \t]*(?:[-*\u2022\u00b7]\s*|\d{1,2}(?:\.\d{1,2})+\s+|\d{1,2}[.)]\s*)?(?:(?:all|our)\s+)?(?P<role>(?:(?P<mod>(?!(?:my|his|her|their|your|its|this|that|the|a|an|no|if|when|each|every|any)\b)[a-z-]+)\s+)??"
    + r"(?:" + GENERIC_ROLES + r"))(?:\s+(?:" + _LEAD_VERBS + r")|s\s+(?:" + _PLURAL_LEAD_VERBS + r"))\b", re.I)
_POST_WORD = re.compile(r"ward|duty|named|senior|lead|deputy|assistant|nursing|medical|clinical|charge|staff|head|chief|"
                        r"night|day|theatre|community|district|practice|specialist|registered|principal|general", re.I)
_DUTY_AFTER = re.compile(r"\s+(?:is\s+(?:responsible|accountable|expected|required)|will|shall|must|should)\b")
_ALL_OUR = re.compile(r"\b(?:all|our)\s+$", re.I)
LINE_STARTS = re.compile(r"[.!?;:]\s|\n")
_LEAD_VERB = re.compile(r"\s(?:" + _LEAD_VERBS + "|" + _PLURAL_LEAD_VERBS + r")\b", re.I)      # the end of every _LEAD_ROLE match


def lead_roles(window: str) -> list:
    """The matches of ``_LEAD_ROLE`` at the start of ``window`` and after each sentence or line
    end, in order. Every match ends in whitespace and one of its verbs after the place it is
    tried at, so places from the last such verb on are not tried (the role alternation is long)."""
    last = -1
    for v in _LEAD_VERB.finditer(window):
        last = v.start()
    out = []
    for at in [0] + [m.end() for m in LINE_STARTS.finditer(window)]:
        if at >= last:
            break
        m = _LEAD_ROLE.match(window, at)
        if m is not None and lead_role_kept(window, m):
            out.append(m)
    return out


def lead_role_kept(window: str, m) -> bool:
    """A modifier before the role only as a post's, before a duty: "Nursing superintendent is responsible", not
    "High-risk patients may", "Retired nurse will give a talk", "Our chief executive has"."""
    return m.group("mod") is None or (
        _POST_WORD.fullmatch(m.group("mod")) is not None and _DUTY_AFTER.match(window, m.end("role")) is not None
        and not _ALL_OUR.search(window, m.start(), m.start("role")))


# "... his rights as a patient": the role named after the pronoun, in its sentence (not "treated as any person would be")
_AS_ROLE = re.compile(r"\bas (?P<det>a|an|the|each|every|any) (?P<role>" + GENERIC_ROLES + r")\b"
                      r"(?!\s+(?:would|will|does|did|is|was|can|could|might|should|has|had|may)\b)", re.I)
# "Within 30 days of his election, the President shall ...": a fronted phrase, then its subject
_FRONTED_ROLE = re.compile(r"[^,.;:\n]{0,80},\s+(?P<det>the|each|every|any|a|an)\s+(?P<role>" + GENERIC_ROLES + r")\b",
                           re.I)
# a numbered or bulleted duty with no subject of its own: "2. Is responsible for his own tax" (the
# subject is the role the list is about)
_NUMBERED = r"\(?\d{1,2}[.)]|\(?[a-h][.)]"                    # "2." or "(b)"
_ITEM_MARK = r"(?:[-*\u2022\u00b7]|" + _NUMBERED + r")"          # ... or a bullet
ITEM_ONLY = re.compile(r"\s*(?:" + _ITEM_MARK + r")?\s*")     # nothing before a sentence but an item's mark ("1.  She will ...")
_ITEM_VERB = re.compile(r"[ \t]*" + _ITEM_MARK + r"[ \t]*(?:Is|Will|Must|Shall|Should|Agrees|"
                        r"Accepts|Undertakes|Understands|Takes|Remains|Ensures|Maintains|Keeps|Provides|Pays|Declares|"
                        r"Confirms|Reports|Attends|Acts|Works|Uses|Carries)\b"
                        r"(?!\s+(?:he|she|they|it|there|this|that|his|her)\b)"     # not a question: "1. Is he ...?"
                        # a job description's duty ("2.\nTo be responsible for ... his"); a rule on the pronoun itself ("(g) He shall not")
                        r"|[ \t]*(?:" + _ITEM_MARK + r"\s*)?To\s+(?:be|ensure|report|provide|maintain|manage|support|"
                        r"undertake|carry|act|attend|keep|work|take|liaise|assist|supervise|lead|deputise|monitor|oversee|advise|represent|"
                        r"appeal|withdraw|receive|vote|resign|request|inspect|obtain|apply|notify|inform)\b"
                        r"|[ \t]*(?:" + _NUMBERED + r")[ \t]*(?:He|She)\s+(?:shall|must)\b"
                        # a lettered item carrying on a lead-in's duty, on its bare verb: "(c) take all reasonable steps ..."
                        r"|[ \t]*(?:[-*\u2022\u00b7][ \t]*)?\(?[a-h]\)[ \t]*(?i:at all times[ \t]+)?(?i:be|take|have|behave|comply|ensure|"
                        r"keep|maintain|wear|carry|notify|inform|report|produce|give|provide|attend|act|use|not|refrain|display|obey|"
                        r"observe|pay|hold|drive)\b")
# organs, conditions and care only a female body has, or pregnancy: read by the female-topic and list-head checks
FEMALE_BODY = (r"cervi\w*|womb|uter\w*|ovar\w*|menstru\w*|menopaus\w*|gynae\w*|mammogra\w*|hysterectom\w*|vagin\w*|vulv\w*|"
               r"pregnan\w*|antenatal|postnatal|midwi\w*|caesarean")
# a numbered item opening on "He will" or "She should", in a list of a post's duties ("1. He will be responsible for
# keeping the dispensary ... 2. He will prepare ..."), not an action in minutes or a care plan
ITEM_WILL = re.compile(r"[ \t]*(?:" + _NUMBERED + r")[ \t]*(?:He|She)\s+(?:will|should)\b")
# ... or on a verb of the post holder's, in a job description's list ("1. Participates in research within her ward"; not
# a noun, "Records show ...")
JD_VERB = re.compile(r"[ \t]*" + _ITEM_MARK + r"[ \t]*(?:Participates|Conducts|Supervises|Organi[sz]es|Prepares|Plans|Checks|Assists|"
                     r"Arranges|Co-?ordinates|Monitors|Evaluates|Assesses|Records|Teaches|Guides|Liaises|Supports|Leads|Manages|"
                     r"Oversees|Delivers|Performs|Administers|Advises|Reviews|Develops|Implements|Identifies|Promotes|Allocates|"
                     r"Assigns|Directs|Controls|Collects|Submits|Communicates|Delegates|Chairs|Deputises|Represents)\b"
                     r"(?!\s+(?:of|for|show|showed|were|are|was|is)\b)")
# a job description's headings, no one's name: "Job Summary", "E. Research Activities"
HEADING_NOUNS = (r"Activities|Duties|Responsibilities|Summary|Description|Purpose|Functions|Tasks|Requirements|Specification|"
                 r"Overview|Details|Skills|Qualifications|Title|Profile")
HEADING_END = re.compile(r"\b(?:" + HEADING_NOUNS + r")$")
DUTY_LIST = re.compile(r"\b(?:He|She)\s+(?:will|shall|should)\s+be\s+responsible\b|\b(?:[Dd]uties|[Rr]esponsibilities|[Jj]ob\s+[Dd]escription|"
                       r"[Jj]ob\s+[Ss]ummary|[Kk]ey\s+[Tt]asks|Activities)\b")
# the pronoun is a speaker being reported: "She said: ...", "he added" (news and case stories)
_GENDER_MOD = re.compile(
    r"\b(?:male|female|pregnant|expectant|breastfeeding|lactating|boy|girl|man|woman|men|women|gentleman|lady|"
    r"father|mother|husband|wife|son|daughter|lesbian)\b", re.I)

# gendered nouns by sex: a pronoun of the other sex never means one ("the member's widow ... his")
_FEMALE_WORDS = (r"mother|mum|mam|mom|mommy|mummy|daughter|sister|wife|girlfriend|grandmother|grandma|granny|aunt|auntie|"
                 r"niece|granddaughter|stepmother|stepdaughter|woman|girl|lady|women|girls|ladies|mothers|female|"
                 r"widow|queen|princess|nun|fiancée|bride|actress|waitress|policewoman|chairwoman|spokeswoman|"
                 r"businesswoman|sportswoman|headmistress|trans ?wom[ae]n|lesbian")
_MALE_WORDS = (r"father|dad|daddy|son|brother|husband|boyfriend|grandfather|grandad|uncle|nephew|grandson|"
               r"stepfather|stepson|man|boy|gentleman|men|boys|gentlemen|fathers|male|widower|king|prince|monk|"
               r"fiancé|groom|businessman|sportsman|trans ?m[ae]n")
_GENDERED = re.compile(r"\b(?:" + _FEMALE_WORDS + "|" + _MALE_WORDS + r")s?\b", re.I)
_FEMALE_NOUN = re.compile(r"\b(?:" + _FEMALE_WORDS + r")s?$", re.I)
_MALE_NOUN = re.compile(r"\b(?:" + _MALE_WORDS + r")s?$", re.I)
# "the mother or adopter", "your husband or partner": a sexed noun offered with a sexless role is a generic antecedent
_OR_ROLE = re.compile(r"\b(?:" + _FEMALE_WORDS + "|" + _MALE_WORDS + r")\s+or\s+(?:an?\s+|the\s+|other\s+)?(?P<role>"
                      + GENERIC_ROLES + r")\b", re.I)
# same matches; positions that cannot start one are skipped at once (rxguard)
_GENERIC, _BARE_ROLE, _BARE_OBJECT, _GENDERED, _OR_ROLE = map(
    guarded, (_GENERIC, _BARE_ROLE, _BARE_OBJECT, _GENDERED, _OR_ROLE))
_MALE_TOPIC = re.compile(
    r"\b(?:prostat\w*|testic\w*|testes|penis|penile|scrot\w*|erectile|vasectom\w*|circumcis\w*|semen|"
    # (not sperm beside eggs: "a child conceived with donor egg or sperm" is anyone's)
    r"(?<!eggs or )(?<!egg or )(?<!eggs and )(?<!egg and )(?<!donor )(?<!donated )sperm(?!\s+(?:or|and|and/or)\s+eggs?\b)(?!,\s+eggs?\b)|"
    r"PSA|AAA|abdominal aortic aneurysm|"
    # a trans man's transition: "testosterone will masculinise his appearance"
    r"testosterone|masculini[sz]\w*|FTM|female[- ]to[- ]male|trans(?:gender)? m[ae]n|"
    # a couple of two men: "a same-sex male couple ... his partner"
    r"male couples?|two (?:fathers|dads)|gay (?:men|man|fathers|dads))\b", re.I)
_MODAL = re.compile(
    r"\b(?:must|should|shall|will|may|can|cannot|could|would|might|needs? to|has to|have to|ought)\b|\w'll\b"
    r"|\b(?i:if|when|whenever|where|wherever|unless|each|every|any|as long as|provided that)\b")
# a sentence that opens by telling the reader what to do is no account, whatever it says was heard ("Be sure to let
# the person know you have heard what he said")
INSTRUCTS = re.compile(r"\W*(?:Be sure|Make sure|Ensure|Remember|Let(?! me\b| us\b)|Assure|Reassure|Tell|Ask|Explain|Listen|Avoid|Do not|Don't|Never|"
                       r"Always|Encourage|Help|Allow|Show|Acknowledge)\b")
_PAST = re.compile(r"\b(?:(?:was|were|had|did)n['\u2019]t|was|were|had|did|said|told|asked|felt|went|came|became|seemed|saw|gave|took|left|fell|"
                   r"won|lost|led|made|got|found|paid(?!\s+(?:leave|working|work|days?|time|holidays?|employment|posts?|roles?|jobs?|carers?|or\s+unpaid|to\s+(?:a|an|the|any|each|every))\b)|"
                   r"sent|kept|held|heard|met|brought|thought|began|chose|ran|quit|"
                   r"died|reported|stated|explained|complained|attended|arrived|returned|refused|agreed|"
                   r"declined|described|admitted|phoned|called|wrote)\b|\b(?:he|she|they|who)\s+[a-z]{3,}ed\b"
                   # an adverb between, with the pronoun opening its sentence: "She subsequently swallowed the blades"
                   r"|^\W*(?-i:He|She|They)\s+(?:(?!(?:apply|supply|rely|reply)\b)[a-z]{2,}ly|then|later|soon)\s+[a-z]{3,}ed\b"
                   # the writer's own account: "It pushed me to allow ...", "I allowed a member to ..."
                   r"|(?-i:\b(?:I|[Ii]t|[Ww]e)\s+" + NOT_PAST_EED + r"[a-z]{3,}ed\s+(?:me|us|a|an|the|my|our|him|her|them)\b)"
                   # a pronoun with a second subject: "she and the chairman decided"
                   r"|\b(?:he|she)\s+and\s+(?:the\s+|his\s+|her\s+)?[a-z-]{3,}\s+[a-z]{3,}ed\b"
                   # a sentence opening on its subject and a past verb: "The Chairman thanked BC ..."
                   # (no present passive: "The doctor is obliged to")
                   r"|^\W*(?:[A-Z][\w -]{0,20}:\s+)?(?:the|a|an|our|their)\s+(?:(?!(?:is|are|am|be|being|been|not)\b)[\w-]+\s+){0,2}"
                   r"(?!(?:granted|offered|allowed|provided|awarded|assigned|allocated|issued|approved|given)\s+(?:to|for)\b)[a-z]{3,}ed\s+(?!by\b)[a-z]"
                   # the same with its noun given to someone, then the sentence's own past verb: "The award granted to a nurse recognised ..."
                   r"|^\W*(?:the|a|an|our|their)\s+(?:[\w-]+\s+){0,2}[a-z]{3,}(?:ed|en)\s+(?:to|for)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}[a-z]{3,}ed\s+"
                   r"(?:her|his|their|the|a|an|them|him|it)\b", re.I)
_SPECIFIC_DET = {"the", "this", "that", "your", "our", "their"}
# "Mr Patel, our manager,"; "contact CJ, the Rector," (initials, not an acronym such as GP or NHS)
_APPOSITION = re.compile(r"(?:[A-Z][a-z'-]+|\b(?!(?:GP|GPs|NHS|CQC|HR|IT|ICU|UK|EU|US|USA|ED|OT|PA|RN|HCA|AGM|EGM|SGM)\b)[A-Z]{2,3}),\s*$"
                         r"|(?:^|(?<=[.!?:\n]\s)|(?<=\n))(?:[A-Z][a-z'-]+|[A-Z]),\s+(?:aged\s+)?\d{1,2},\s*$")     # opening a sentence, a name or letter and an age: "N, 17, a young person"
_COPULA = re.compile(r"(?:\b(?:is|was|are|were|be|been|being|becomes?|became|becoming|as)(?:\s+not|n['\u2019]t)?|'s|\b(?:and|who)\s+(?:is|was)\s+also)"
                     r"(?:\s+(?:quite|yet|already|really))*\s+$", re.I)     # ("he isn't quite yet a veteran")
_MASC = re.compile(r"\b(?:he|his|him|himself)\b", re.I)
MASCULINE = frozenset({"he", "his", "him", "himself"})     # the masculine pronoun forms matched
_FEM = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
# (or, in an account, checked with or spoke to: "a community nurse checked with him that he wanted ...")
_TO_OBJECT = (r"\b(?:(?:ask|tell|call|phone|meet|see|help|give|show|contact|visit|thank|remind|offer)\w*|"
              r"(?:checked|spoke|talked|discussed|confirmed)\s+(?:with|to))\s+")
_OBJ_MASC = re.compile(_TO_OBJECT + r"him\b", re.I)
_OBJ_FEM = re.compile(_TO_OBJECT + r"her"
                      r"\s+(?:about|to|for|if|whether|that|what|when|how)\b", re.I)
_ROYAL = re.compile(r"^(?:His|Her)\s+(?:Majesty|Majesty's|Royal|Excellency|Honour|Lordship|Ladyship|Grace|Holiness)\b")
TO_INFINITIVE = re.compile(r"\bto\s+$", re.I)
# "has had his membership ended": a present perfect; "the member so described": a participle, not a past
_HAS_HAD = re.compile(r"\b(?:has|have)(?:\s+(?:not|never))?\s+had$|\b(?:so|as|hereby|herein)\s+[a-z]+ed$", re.I)
_IF = re.compile(r"\b(?:if|when|where|whenever|unless|suppose)\b", re.I)     # a condition, not an account
SUBORDINATE_OPEN = re.compile(r"\s*(?:once|when|whenever|if|after|before|until|as soon as|while|whilst)\b", re.I)
_QUOTED_SPEECH = re.compile(r'"[^"\n]{1,300}"')


_LABEL_NAME = re.compile(r"(?:^|\n)[ \t]*([^:\n]{1,60}?):[ \t]*(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+[A-Z]", re.I)


def labelled_name(text: str, role: str) -> bool:
    """A label line names the person in the role: "Applicant No 1: Ms Anne Other", "Patient: Mr J Rees"
    (the label opens on the role's last word, with at most 20 characters after it)."""
    if ":" not in text:
        return False
    word = role.split()[-1].lower()
    for m in _LABEL_NAME.finditer(text):
        label = m.group(1).lower()
        if label.startswith(word) and len(label) - len(word) <= 20 and not label[len(word):len(word) + 1].isalnum() \
                and label[len(word):len(word) + 1] != "_":
            return True
    return False




# a written parliamentary question, whose pronouns mean the minister asked
# (an old record's numbers and initials too: "62 and 63. Major HOPE asked", "33. Mr. F. HALL asked the Secretary to the Treasury",
# the member's name a paragraph of its own above "asked the Secretary ...")
PARLIAMENTARY_QUESTION = re.compile(r"\s*(?:\d+(?:\s+and\s+\d+)?\.\s*)?(?:To ask|(?:Deputy\s+)?(?:[A-Z\u00c0-\u00de][\w'.\u2019\u00c0-\u017f-]*\s+){0,4}asked) "
                                    r"the (?:Minister|Secretary of State|Secretary to the Treasury|Taoiseach|T\u00e1naiste|First Minister|"
                                    r"Prime Minister|Chancellor)\b")


# "Once the patient has received ... and asked questions, he signs the form": a step of a procedure,
# opened by "once", "when", "after" or "if", with the pronoun's own verb in the present tense, is not a
# past account whatever the clause before it says
_PROCEDURE_LEAD = re.compile(r"\s*(?:once|when|whenever|after|if|before|as soon as|until)\b", re.I)
_PRESENT_VERB_AFTER = re.compile(r"\s+(?:(?:then|now|also|usually|normally|always|often|simply)\s+)?"
                                 r"(?!(?:was|has|is|does|goes|says|seems)\b)[a-z]{2,}[^s\W]s\b")


def present_step(pronoun: str, text: str, sent_start: int, end: int) -> bool:
    """A step of a procedure in the present, or a pronoun inside a "how to ..." clause of a past sentence
    ("we put together a guide on how to talk to your child about his donor"): not an account."""
    if pronoun.lower() not in ("he", "she") and (_HOW_TO.search(text, max(sent_start, end - 140), end) is not None
                                                 or PARLIAMENTARY_QUESTION.match(text, sent_start) is not None):
        return True     # (or the question a member "asked": its words are not an account)
    return pronoun.lower() in ("he", "she") and _PROCEDURE_LEAD.match(text, sent_start) is not None \
        and _PRESENT_VERB_AFTER.match(text, end) is not None


_HOW_TO = re.compile(r"\b(?:guides?|leaflets?|booklets?|advice|tips|information|videos?|courses?|sessions?|training|classes|"
                     r"workshops?|steps?|resources?)\b[^.,;:!?]{0,30}\b(?:how|when|whether|what) to [a-z]+\b[^.,;:!?]{0,60}$")


def named_again(text: str, start: int, end: int, cand) -> bool:
    """The candidate noun phrase comes again later in the pronoun's own sentence ("your midwife will
    visit until your baby is two weeks old. If she is happy that all is well with you and your baby"):
    a writer names again someone the pronoun does not mean, so it is not the antecedent."""
    return bool(cand[4]) and _det_role(cand[4], cand[3]).search(text, start, end) is not None


@functools.lru_cache(maxsize=512)
def _det_role(det: str, role: str):
    return re.compile(r"\b" + re.escape(det) + r"\s+" + re.escape(role) + r"\b", re.I)


# a heading that names whose rights or duties the list under it sets out: "Patient and Family
# Responsibilities", "Resident's Rights" (the items' own subject: "- To give accurate information about his health")
_HEADING_ROLE = re.compile(r"^[ \t]*(?P<role>patient|resident|employee|member|tenant|student|client|service user|visitor|"
                           r"volunteer|learner|pupil|parent|carer)s?(?:['\u2019]s?)?(?:[ \t]+(?:and|&)[ \t]+[\w ]{1,20}?)?"
                           r"[ \t]+(?:rights|responsibilities|duties|obligations|charter)\b", re.I | re.M)


def heading_roles(window: str) -> list:
    return list(_HEADING_ROLE.finditer(window)) if "ights" in window or "esponsib" in window or "uties" in window \
        or "bligation" in window or "harter" in window else []


# "our" with a word for one post holder at one time: "our new practice nurse", "our long-standing Clerk"
# one of several people counted in an account: "another resident ..., and a third resident nodded"
COUNTED = re.compile(r"(?:second|third|fourth|fifth|sixth|further)\s", re.I)
# a candidate right after " of ": it completes the noun before it ("the delivery of the child")
OF_HEAD = re.compile(r"\s+of\s+$")
# "one" person with a perfect verb: "One child has already lost his school place" (an anecdote, not a rule)
ONE_PERFECT = re.compile(r"\bone\s+(?:[\w-]+\s+){0,2}?(?:has|have)\s+(?:already\s+|just\s+|recently\s+|now\s+|also\s+)?"
                         r"(?:[a-z]{3,}(?:ed|en|wn)|lost|had|got|made|left|told|said|won|found|become|gone|sent|brought|spent)\b", re.I)
HABITUAL = re.compile(r"\b(?:typical\w*|usual\w*|normally|generally|often|once|as\s+soon\s+as|until|before|after)\b", re.I)
OUR_ONE = re.compile(r"(?:new|current|present|long-standing|longstanding|long-serving|former|previous|late|retiring|"
                     r"outgoing|incoming|acting|interim)\s", re.I)
# an office one person holds in the writer's own body: "our chairman's MS has ...", "our founder"
OUR_OFFICE = re.compile(r"(?:vice[- ])?chair(?:man|woman|person)?|president|treasurer|secretary|founder|co-founder|patron|chief\s+executive|"
                        r"director|headteacher|head\s+teacher|principal|CEO", re.I)
# one office holder: "the Secretary of State for Health"; a role with its holder's name in brackets after it
# ("the Member for Putney (Justine Greening)", "the Chair (Mrs Okafor)")
# an office one person holds at a time: "the Home Secretary", "the Prime Minister"
ONE_HOLDER = re.compile(r"(?:Home|Health|Foreign|Justice|Defence|Transport)\s+Secretary|Prime\s+Minister|"
                        r"First\s+Minister|Chancellor\s+of\s+the\s+Exchequer")
_OFFICE_FOR = re.compile(
    r"(?<=[Ss]ecretary of [Ss]tate) for (?:the )?[A-Z]"
    r"|(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*){0,3})?\s*\("
    r"(?:(?:Mrs?|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Cllr|Councillor|Prof)\.?\s+[A-Z][a-z'-]+|[A-Z][a-z'-]+\s+[A-Z][\w'-]+)\)")
