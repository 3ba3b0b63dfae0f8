"""Generate a reproducible synthetic news corpus from our own sample articles.

Each document is a headline, a dateline paragraph and a few more, with log-normal lengths as
in news (many briefs, a few long reports). Its sentences come from three sources (``MIX``):
the sentences of ``samples/*.txt`` (20%), with numbers, dates, titled names, the people and
venues the samples name, and spellings varied; arms-control sentences written from our
templates (45%); and neutral news sentences from our templates (35%): context, reactions,
quotes, briefs. The slots are filled from generated pools: about 6,000 given names, 20,000
family names and 15,000 places invented from syllables by a seeded generator, 5,000 system
designators, the ~2,200 nouns, ~1,070 verbs and ~1,260 adjectives listed below (inflected by
rule, adverbs derived), ~81,000 hyphenated modifiers made from them ("pre-budget",
"state-owned", "48-hour"), numbers, sums, times and percentages. Each document keeps one house
style: agency ("Mr. Varga", "Gen. Anna Varga", "Sept. 22", "U.S.") or wire, and British or
American spelling. No text comes from anywhere else. The same ``--seed`` and ``--docs`` always
give the same bytes.

Calibration. spaCy's tokenizer keeps the tokens of each whitespace-separated chunk in a cache,
but only 10,000 chunks, and none from the rest of a document once a special case ("Mr.",
"Sept.", "don't", "a.m.", a lone newline) has occurred in it; every other chunk is split again
by the prefix, suffix and infix rules, about 20 times the cost of a cache hit. So the tokens/s
of ``spacy.blank("en")``, the floor ``make bench`` compares treatyx with, is set by how varied
the vocabulary is. The former corpus (shuffled sample sentences, names from two lists of 25)
reused a few thousand chunks and ran at ~3.8 million tokens/s, 8 times real news. Reference: a
set of 2,012 real news texts, measured only (no text taken). That set is 503 distinct texts
repeated four times, so its new-chunk rate over the whole file, 4.2%, understates the variety
of distinct news; its distinct text (the first 97,235 chunks) has 17.0% new chunks. Pool
sizes, Zipf exponents (``POOLS``, ``ZIPF``) and ``MIX`` are set so that this corpus matches
that curve and the tokenizer's speed. Measured side by side on the 2-core development machine
(one fresh ``spacy.blank("en")`` per corpus, ``nlp.pipe`` over all texts, two runs):

                            new chunks: first 20,000 / 97,235 / all    blank tokenizer
    real news, 2,012 texts          28.6% / 17.0% /  4.2% (repeats)    450,000-485,000 tokens/s
    this corpus, 5,000 docs         23.1% / 17.2% / 12.2%              570,000-600,000 (1.21-1.27x)
    former corpus, 5,000 docs        6.1% /  2.2% /  1.0%              3,760,000-3,890,000 (8x)

Distinct synthetic text tuned to the real file's 4.2% instead (we tried 3.8% to 5.5%) ran the
tokenizer at 1.0 to 1.5 million tokens/s, 2.2 to 3.3 times real news: the cache then holds
nearly every chunk that recurs. The defaults give 5,000 documents and about 3.0 million
characters (1,000 documents: 17.4% new chunks).

    python bench/make_corpus.py --docs 5000 --out bench/out/corpus.jsonl
    python bench/make_corpus.py --docs 1000 --out bench/out/small.jsonl.gz   # gzip by suffix
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Agency style shortens these months before a day ("Sept. 22"); March to July stay whole.
MONTH_SHORT = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.",
               "October": "Oct.", "November": "Nov.", "December": "Dec."}
# Invented officials: the names vary, the titles before them stay as the samples wrote them.
# These head the name pools; the syllable generator below adds thousands more.
FIRST_NAMES = ("Anna", "Pavel", "Ines", "Tomas", "Mei", "Kwame", "Lena", "Oleg", "Sofia",
               "Rafael", "Hana", "Viktor", "Amara", "Jonas", "Elif", "Marek", "Nadia", "Kenji",
               "Greta", "Luis", "Irina", "Samuel", "Yara", "Dmitri", "Clara", "Arjun")
LAST_NAMES = ("Varga", "Lindqvist", "Okafor", "Moreau", "Takeda", "Novak", "Haddad", "Petrov",
              "Castillo", "Brandt", "Kowalski", "Mensah", "Ferreira", "Sato", "Horvath", "Dahl",
              "Volkova", "Reyes", "Berger", "Nakamura", "Ivanova", "Lund", "Serrano", "Aydin")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
NUMBER = re.compile(r"(?<![\w.,-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w-])|(?<![\w.,-])\d+(?:\.\d+)?"
                    r"(?![\w-])")
MONTH_DAY = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{1,2})\b")
FULL_NAME = re.compile(r"\b[A-Z][a-z]+ (?:[A-Z][a-z]+ )?[A-Z][a-z]+\b")
TITLE_WORDS = re.compile(r"\b(?:Secretary|Minister|President|spokesman|spokeswoman|Chancellor|"
                         r"leader|Ambassador|Prime Minister|General|envoy|official)\s+$")
DATELINE = re.compile(r"^[A-Z]{3,}(?: [A-Z]{3,})?(?=, [A-Z][a-z]+\.? \d)")
DATELINE_PREFIX = re.compile(r"^[A-Z][A-Z ]+, [A-Z][a-z]+\.? \d{1,2} \(treatyx wire\) - ")
WIRE_MONTH = re.compile(r"\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)\b(?= \d)")
US = re.compile(r"\bUS\b")
# People and venues the samples name without a title: each document recasts them.
CAST = re.compile(r"\b(?:Putin|Trump|Biden|Obama|Medvedev|Reagan|Gorbachev|Ryabkov|Peskov|Pompeo|"
                  r"Scholz|Stoltenberg|Esper|Kishida|Matsuno|Grushko|Sherman)\b")
VENUES = re.compile(r"\b(?:Geneva|Helsinki|Prague|Vilnius|St Petersburg|Okushiri)\b")

# -- invented names: syllables put together by a seeded random generator ----------------------

ONSETS = ("", "", "b", "br", "bl", "c", "ch", "d", "dr", "f", "fr", "g", "gr", "h", "j", "k",
          "kr", "l", "m", "n", "p", "pr", "r", "s", "sh", "sk", "st", "t", "tr", "v", "w", "z",
          "zh", "kh", "y")
NUCLEI = ("a", "e", "i", "o", "u", "a", "e", "i", "o", "a", "ai", "au", "ei", "ia", "io", "ou",
          "ea", "y")
CODAS = ("", "", "", "", "n", "r", "l", "s", "m", "k", "t", "nd", "rt", "ls", "ng", "v", "z")
GIVEN_ENDINGS = ("a", "o", "in", "el", "ia", "an", "ek", "ir", "ina", "ko", "us", "ine", "ul",
                 "ette", "em", "is", "ana", "io", "ar", "ie")
FAMILY_ENDINGS = ("ov", "ova", "enko", "sen", "son", "berg", "ez", "ini", "escu", "ski", "ic",
                  "ides", "oglu", "ani", "mann", "ard", "eau", "quist", "ura", "dze", "yan",
                  "stein", "well", "ford", "ucci", "ada", "ner", "ak", "oto", "hari", "", "")
PLACE_ENDINGS = ("burg", "grad", "ville", "ovo", "ton", "stad", "abad", "pur", "polis", "sk",
                 "ia", "ara", "mouth", "field", "hafen", "dorf", "ica", "ino", "avan", "esh",
                 "port", "holm", "ista", "an", "eni", "kent", "", "")


def invent(rng: random.Random, size: int, endings: Sequence[str], taken: set[str],
           syllables: tuple[int, int] = (1, 3)) -> list[str]:
    """``size`` new capitalised names, none of them in ``taken`` (which they are added to)."""
    names: list[str] = []
    while len(names) < size:
        stem = "".join(rng.choice(ONSETS) + rng.choice(NUCLEI) + rng.choice(CODAS)
                       for _ in range(rng.randint(*syllables)))
        name = (stem + rng.choice(endings)).capitalize()
        if 4 <= len(name) <= 12 and name not in taken and not re.search(r"(.)\1\1", name):
            taken.add(name)
            names.append(name)
    return names


# -- our own words for the sentences we write (inflected by rule, irregular forms listed) -------

NOUNS = """
abuse academy accident accord account accountant accusation achievement acquisition acre activist
actor addition address adjustment admission adoption adult advantage adventure advertisement advice
adviser advocate affair affiliate aftermath age agency agenda agreement aid aide aim airbase
aircraft airfield airline airliner airport airspace airstrike airway alarm album allegation
alliance allocation allowance ally ambassador ambition ambulance amendment ammunition amount
analysis analyst anchor anger angle animal ankle anniversary announcement answer anthem anxiety
apartment apology app appeal appetite applicant application appointment approach approval
arbitration arch architect archive area arena argument armour army arrangement arrest arrival
arsenal artillery artist aspect assault assembly assessment asset assistant asylum athlete
atmosphere attack attempt attendance attitude attorney auction audience audit auditor author
authority autumn avenue average award backdrop backing backlog bail balance ballot band bandwidth
bank bankruptcy banner bar bargain barracks barrel barrier base basin basket batch battalion
battery battle bay beach beam bearing bed beer behaviour belief bench benchmark benefit bicycle bid
bidder bill billboard biography birth bishop blackout blanket blast blaze bloc blockade blood
blueprint board boat body bomb bomber bombing bond bone bonus book booklet boom booth border
borough boss bottle boundary bowl box boycott brain branch brand breach bread breakdown breakfast
breakthrough brick bride bridge briefing brigade broadband broadcast broadcaster brochure broker
brother budget buffer building bullet bulletin bunker burden bureau bureaucracy burial bus business
buyer by-election cabin cabinet cable cafe calendar caller camera camp campaign campus canal cancer
candidacy candidate candle canteen capacity capital capsule captain car caravan carbon card career
cargo carpet carrier cartel cartoon case cash casino castle casualty catalogue category cathedral
cattle cause caution ceasefire ceiling cell cement censorship census century ceremony certificate
chain chair chairman chairwoman challenge chamber champion championship chancellor channel chapel
chapter character charge charity chart charter checkpoint chemical chemist cheque chicken chief
child childhood chip chocolate choice church cigarette cinema circuit circulation citizen
citizenship city civilian claim claimant clash classroom clause cleanup clerk client cliff climate
clinic clock closure cloth cloud club cluster coach coalfield coalition coast code coin collapse
collar colleague collection college colony column columnist combat comeback commander comment
commentator commission commitment committee commodity community commuter companion company
comparison compensation competition competitor complaint complex composer compound compromise
computer concept concern concert concession conclusion concrete condition conduct conference
confession confidence conflict confrontation congestion congregation congress connection conscript
consensus consent consequence conservation consortium constable constituency constitution
construction consulate consultant consultation consumer consumption contact container content
contest context continent contingent contract contractor contribution controversy convention
conversation conviction convoy cook cooperation copper copy corner corporation correspondent
corridor corruption cost cottage cotton council counsel counterpart countryside county coup courier
court courthouse cousin coverage cow crackdown crash creature credibility credit creditor crew
crime criminal crisis critic criticism crop crossing crossroads crowd crown cruise crystal cuisine
cup cure curfew currency curriculum curtain cushion custody customer customs cycle cyclone dairy
dam damage dancer danger database daughter dawn day deadline deal dealer death debate debt decade
decision deck decline decree defeat defendant defender deficit degree delegate delegation delight
delivery demand demolition demonstration demonstrator density department departure deployment
deportation deposit depot deputy descent desert designer desk dessert destination destroyer detail
detainee detective detector detention deterrent developer development device diagnosis dialogue
diamond diary diesel diet dinner diplomacy diplomat director disaster discipline discount discovery
discussion disease dish dismissal dispatch display dispute distance distribution district diver
diversion dividend division doctor doctrine document dog dollar domain dome donor door dose dossier
downturn draft drama dream dress drill drink driver drone drought drug duty dwelling eagle ear
earnings earth earthquake economist economy edge edition editor editorial effect effort egg elbow
election elector electorate electricity embargo embassy emergency emission emperor employee
employer employment endorsement enemy energy enforcement engagement engine engineer enquiry
enterprise entertainment enthusiasm entrance entrepreneur entry envelope envoy epidemic episode
equality equation equipment era escalation escape escort essay estate estimate evacuation evening
event evidence exam examination excavation exception exchange excuse executive exemption exercise
exhaust exhibition exile existence expansion expectation expedition expenditure expense experiment
expert explanation explorer explosion export exporter exposure extension extract extradition eye
fabric face facility faction factory failure faith fallout family famine fan fare farewell farm
farmer farmland fashion fatality father fatigue fault favour fear feast feature federation fee
feeling fence ferry fertiliser festival fever field fight fighter figure file filing film finance
finding fine finger fire firefighter firm fish fisherman fishery fitness fixture flag flame flat
fleet flesh flight flood flotilla flour flower fluctuation focus fog folder food foot footage
footballer footpath forecast forecaster forehead foreigner forest formation formula fortress
fortune forum foundation fountain fox fraction frame franchise fraud freedom freight frequency
friend friendship frontier frontline fruit fuel fund funding fundraiser funeral fury gadget gain
gallery gallon game gap garden garrison gas gasoline gate gateway gathering gauge gear gene
generation generator genre gesture ghost gift glacier glass glove goal gold golf gospel governor
gown grade graduate grain grandmother grant graph grass grave gravel grid grievance grip grocery
ground growth guarantee guard guardian guerrilla guest guidance guide guideline guitar gun gunfire
habit hair hall hand handbook handful handover harassment harbour hardware harm harvest hat hazard
head headache headline headquarters health hearing heart heat heatwave hedge height heir helicopter
helmet herd heritage hero highland highway hijacking hike hill hint hip historian hobby holder hole
holiday home homeowner honey hook hope horizon horn horse hospital hospitality host hostage
hostility hotel hour house household housing hub hull humour hunger hunter hurricane husband hut
ice icon idea identity illness image imagination immigrant impact impeachment import incentive inch
incident income increase independence index indicator indictment industry infant infantry infection
inflation influence informant infrastructure ingredient inhabitant initiative injection injury ink
inmate inn innocence innovation inquiry insect insight inspection inspector inspiration
installation institute instruction instrument insurance insurer insurgency integrity intelligence
intention interception interest interior interpreter interval intervention interview invasion
inventory investment investor invitation invoice iron irrigation island issue item jacket jail jet
jewel job joke journalist journey joy judge judgment juice junction jungle junior jurisdiction jury
justice keeper kernel key kid kidnapping kilogram kingdom kitchen knee knife knowledge label
laboratory labourer ladder lake lamp land landing landlord landmark landowner landslide lane
language lantern laptop laser launch lawmaker lawn lawsuit lawyer layer layoff leader leaflet
league leak lease leather leave lecture leg legacy legend legislation legislator legislature lender
lens lesson letter level liability liberty library licence lid lie life lifeline lift light
lighthouse limb limit line liner liquid list listing literature litigation litre liver livestock
loan lobby lockdown locomotive lodge log logistics lookout lorry loss loyalty luggage lunch lung
machine magazine magistrate magnet mail mainland majority maker mall manager mandate manifesto
manner mansion manual manufacturer map marathon march margin marine maritime mark market marriage
marsh mask mass massacre master match mate material mayor meal meaning measure meat medal media
medicine meeting melody member membership memorandum memorial memory mentor menu merchant mercy
merger mess message metal meter method metro midfielder midnight migrant mile milestone militant
militia milk mill mind mine mineral minister minority minute miracle mirror misery missile mission
missionary mistake mixture mobile mobilisation model moment momentum monarch monitor monk monkey
monopoly monsoon month monument mood moon morale morning mortar mortgage mosque mother motion
motive motor motorway mountain mouse mouth movement movie mud municipality murder muscle museum
mushroom musician mutiny mystery myth nail name narrative nation nationality nature navy neck
needle negotiation negotiator neighbour neighbourhood nephew nerve nest net network newcomer
newspaper niece night noise nomination nominee norm nose note notebook notice notion novel novelist
number nurse nut oath objection objective obligation observer obstacle occupation ocean offence
offender offensive offer office officer official oil omission onion onslaught opera operation
operator opinion opponent opportunity opposition orbit orchard orchestra order ordinance organ
organiser orphan outbreak outcome outfit outlet outlook outpost output oven overhaul oversight
owner oxygen pace package pact page pain painter painting pair palace palm pan pandemic panel paper
parade parcel parent park parking parliament parliamentarian participant partner partnership
passage passenger passport past pastor pasture patent path pathway patient patrol pattern pause
pavement pay payment peace peacekeeper peak peasant pen penalty pencil pension people pepper
percentage perception performance perfume period permission permit personnel perspective pest pet
petition petrol pharmacy phase philosopher phone photo photograph photographer phrase physician
physics piano picture pie piece pier pig pile pilgrim pillar pillow pilot pin pipe pipeline pirate
pistol pit pitch place plague plain plaintiff plan plane planet planner plant plastic plate
platform player playground plea pleasure pledge plot pocket podium poem poet poetry pointer pole
police policy politician poll pond pool pop population porch port portfolio portrait position
possession post poster pot potato pottery poverty powder power practice prayer preacher precaution
precedent precinct prediction preference pregnancy premier premises premium preparation
prescription presence presenter presidency president press pressure prevention price pride priest
prince princess principle printer priority prison prisoner privacy privilege prize probe procedure
proceeding process procurement producer profession professor profile profit programme progress
prohibition project projection promise promotion proof property prophet proposal prosecution
prosecutor prospect prostitution protection protest protester protocol provider province provision
psychologist pub publication publisher pulse pump punishment pupil puppet purchase purpose puzzle
quake qualification quality quantity quarrel quarry quarter queen query quest question queue quiz
quota rabbit race racing racket radar radiation radio raid rail railway rain rainfall rally ranch
range rank ranking ransom rat rate ratification ratio reaction reactor reader reading reality realm
rear reason rebel rebellion receipt reception recession recipe recipient recognition reconstruction
record recovery recruit recruitment reef referee referendum refinery reflection reform refugee
regime regiment region register registration regulator rehabilitation rehearsal reign rejection
relation relationship relative release relief religion relocation remark remedy remote renovation
rent repair replacement report reporter representative reprisal republic reputation request
requirement rescue rescuer research researcher reservation reserve reservoir residence resident
resignation resistance resolution resolve resort resource respect response rest restaurant
restoration restriction result retailer retiree retirement retreat revelation revenge revenue
review revision revolt revolution reward rhythm rice rider ridge rifle right ring riot rise ritual
rival rivalry river road robbery robot rock rocket role roof room root rope rose roster round route
rubber rubbish rug rule ruling rumour runway sack safeguard safety sail sailor salad salary sale
salt sample sanction sanctuary sand sandwich satellite satisfaction sauce saving scale scandal scar
scenario scene scent schedule scheme scholar scholarship school science scientist scope score scrap
screen screenplay script scrutiny sculptor sculpture sea seal search seaside season seat secret
secretariat secretary sector security seed segment seizure selection self seller semester seminar
senate senator sense sensor sentence sentiment sequence sergeant series servant service session
setback settlement settler shadow shame shape share shareholder shark sheep sheet shell shelter
sheriff shield shift ship shipment shipping shipyard shirt shock shoe shooting shop shore shortage
shortfall shot shoulder show shower shrine sibling sickness siege sight sign signal signature
silence silk silver singer sink sister site sitting skill skin skirt skull sky slave sleep slogan
slope slowdown slump smell smile smoke smuggler smuggling snake snow soap soccer society sofa
software soil soldier solution son song soul sound soup source sovereignty space speaker spear
specialist species spectator spectrum speculation speech speed spirit spokesman spokeswoman sponsor
sport spot spouse spring squad squadron square stability stack stadium staff stage stair stake
stakeholder stalemate stamp stance standard standoff star startup state statement station statistic
statue status statute steam steel stick stock stockpile stomach stone stool storage storm story
stove strand stranger strategy straw stream street strength stress stretch strike string stripe
structure student studio study style subject submarine submission subscriber subsidiary subsidy
suburb success successor sugar suit suitcase suite sum summary summer summit sun supermarket
supervisor supper supplier supply supporter surface surge surgeon surgery surname surplus surprise
surveillance survey survivor suspect suspension swap sweater swimmer switch sword symbol sympathy
symposium system table tablet tail takeover tale talent talk tank tanker tap tape target tariff
task taste tax taxpayer tea teacher team tear technician technique technology teenager telephone
telescope television temper temperature temple tenant tender tension tent tenure term terminal
terrace territory terrorism test testimony text textbook texture theatre theft theme theory therapy
thief thigh thought thread threat threshold throat throne thumb thunder ticket tide tie tiger tile
timber timetable tip tissue title toe toilet toll tomato tomb tone tongue tool tooth top topic
torch tour tourism tourist tournament towel tower town toy trace track tractor trade trader
tradition traffic trafficking trail train trainee trainer transaction transcript transfer transit
transition transport trap traveller tray treasure treasury treaty tree trend trespass trial
triangle tribe tribunal trick trip triumph trolley troop trophy trouble trousers truce truck trust
truth tube tuition tune tunnel turbine turnout tutor twin tyre umbrella uncle uniform union unit
universe university uprising upturn usage user utility vacancy vacation vaccine vacuum valley valve
van vandalism variant variety vegetable vehicle vein venture venue verdict verse version vessel
vest veteran veto victim victory video view viewer vigil village vinegar violation violence violin
virtue virus visa vision visit visitor vitamin voice volume volunteer vote voter voucher voyage
wage wagon waiter walk walkout wall wallet war warden wardrobe warehouse warmth warning warrant
warrior warship wash waste watch water wave wealth weapon weather website wedding weekend welfare
well wheat wheel whistle widow width wife wildfire wildlife will wind window wine wing winner
winter wire wisdom witch withdrawal witness wolf woman wood wool word worker workforce workplace
workshop world worm wound wreck writer yacht yard yarn yield youth zone
"""
VERBS = """
abandon abolish absorb accelerate accept accommodate accompany accuse achieve acknowledge acquire
acquit activate adapt add address adjourn adjust administer admit adopt adore advance advertise
advise advocate affect affirm afford age aggravate agree aim alarm alert align allege allocate
allow alter amaze amend amuse analyse announce annoy anticipate apologise appeal appear applaud
apply appoint appreciate approve argue arise arm arrange arrest arrive ask assault assemble assert
assess assign assist assume assure attach attack attempt attend attract audit authorise avert avoid
await awake award back bake balance ban bargain bathe battle beg behave benefit blame bless block
boast boost borrow bother bounce boycott brake breathe brief broadcast broaden brush build bury
calculate call calm camp campaign cancel capture care carry carve cause cease celebrate censor
certify chair challenge champion change charge chase cheat check cheer chew chop circulate cite
claim clap clarify classify clean clear climb cling close coach coincide collapse collect collide
colour combine comfort command commemorate comment commission communicate commute compare compel
compensate compete compile complain complete comply compose compromise conceal concede conclude
condemn conduct confirm confiscate confront connect conquer conserve consider consolidate construct
consult contact contain contest continue contract contribute convene convert convey convict
convince cook cooperate coordinate cope copy correct cough count counter cover crack crash crawl
create credit criticise cross cruise crush cry cure curse cut cycle damage dance dare deal debate
decay deceive decide declare decline decorate decrease dedicate defend defer define delay delegate
delete delight deliver demand demolish demonstrate denounce deny depart depend deploy deport
deposit deprive describe deserve design designate desire destabilise destroy detain detect deter
determine develop devote dictate dig direct disable disagree disappear disappoint disclose
discourage discover discuss disguise dislike dismantle dismiss dispatch displace dispute disrupt
dissolve distribute dive divert divide document dodge dominate donate double doubt downgrade draft
drag drain dream dredge dress drift drop drown dump dust earn ease educate elect elevate eliminate
embarrass embrace emerge emigrate emphasise employ empower enable enact encounter encourage end
endorse endure enforce engage enhance enjoy enlarge enrol ensure enter entertain entitle envy equal
erase erect erupt escalate escape establish estimate evacuate evaluate evaporate evict evolve
exaggerate examine exceed exchange excite exclude execute exempt exercise exhaust exhibit exist
exit expand expect expel experience expire explain exploit explore export expose express extend
face facilitate fade fail fancy fasten fax fear feature feed fence fetch file film finalise finance
finish fire fit fix flash flee float flood flow focus fold follow fool force forecast forge form
formalise found freeze frighten frustrate fry fulfil function fund gain gather gaze generate glance
glow glue govern grab grade grant grasp grate greet grin grip groan guarantee guard guess guide
halt hammer handle hang happen harm harvest hate haunt head heal heat help highlight hinder hire
honour hook hop hope host hug hum hunt hurry identify ignore illustrate imagine imitate impeach
implement import impose impress imprison improve inaugurate include increase incur indicate indict
inflate inform inherit initiate inject injure insist inspect inspire install instruct insure
integrate intend intensify intercept interfere interrupt intervene interview introduce invade
invent invest investigate invite involve iron isolate issue itch jail jam join joke judge juggle
jump justify kick kill kiss kneel knit knock label lack lament land laugh launch lease legalise
lend level liberalise license lick lie lift light like limit link list listen live load lobby
locate lock lodge long loosen love lower maintain manage mandate manufacture map march mark market
marry master match measure mediate meet melt mention merge migrate milk mine minimise miss mix moan
mobilise modernise modify monitor motivate mourn move multiply murder nail name nationalise
navigate need neglect negotiate nest nod nominate normalise note notify nurture obey object oblige
observe obtain occupy offend offer offset open operate oppose order organise originate outline
outpace outvote overcome overflow overhaul overhear overlook oversee overtake overturn owe own pack
paddle paint park participate pass patrol pause pay peel penalise perform perish persuade petition
pick pilot pin pinch place plan plant play plead please pledge plug poke polish ponder pop portray
position possess post postpone pour practise praise pray preach precede predict prefer prepare
prescribe present preserve preside press pretend prevail prevent price print prioritise privatise
proceed process proclaim procure produce profit progress prohibit project prolong promise promote
prompt pronounce propose prosecute prosper protect protest prove provide provoke publish pull punch
punish pursue push qualify quarantine question quote race rain raise rally rank rate ratify reach
react readjust reaffirm realise reallocate reassess reassure rebound recall receive reckon reclaim
recognise recommend reconcile reconsider reconstruct record recover recruit redeploy redesign
redirect reduce refer refine reflect reform refuel refuse regain register regulate rehabilitate
reinforce reinstate reiterate reject relax relay release relieve relocate rely remain remark remind
remove renegotiate renew renounce renovate rent reopen reorganise repair repay repeal repeat
replace replenish reply report represent reproduce request require rescind rescue research reserve
reshape reshuffle reside resign resist resolve respect respond restore restrict restructure resume
retain retaliate retire retreat retrieve return reunite reveal review revise revive revoke reward
ridicule rinse rise risk rob rock roll rot rotate rub ruin rule rush sail salute sanction satisfy
save scare scatter schedule scold scrape scratch scream screw scrub scrutinise seal search secure
seize select sell send sentence separate serve settle shape share shave shelter shift shiver shock
shop shorten shrug shut sigh sign signal simplify simulate sin sip situate ski skip slap slash slip
smash smell smile smoke smuggle snatch sneeze sniff snore snow soak solve spare spark sparkle spell
spend spill split spoil sponsor spray sprout squash squeak squeeze stabilise stage stain stall
stamp standardise stare start station steer step stimulate stir stitch stop store strengthen stress
stretch strike strip stroke study stuff submit subsidise succeed suck suffer suggest suit summarise
summon supervise supply support suppress surf surrender surround survey survive suspect suspend
sustain swap sway tackle tame tap target taste tease tempt terrify test thank thaw tick tickle tie
tighten time tip tire tolerate total touch tour tow trace track trade train transfer transform
translate transmit transport trap travel treat tremble trigger trim triple trot trust try tug
tumble turn twist type undermine unfasten unify unite unlock unpack unveil update upgrade uphold
urge use utilise vacate validate value vanish vary verify veto violate visit volunteer vote wail
wait waive walk wander want warm warn wash waste watch water wave weaken weigh welcome widen win
wink wipe wish withdraw withstand witness wobble wonder work worry wrap wreck wrestle yawn yell zip
zoom
"""
ADJECTIVES = """
abandoned able abnormal abrupt absent absolute abundant academic acceptable accessible accidental
accurate acidic active acute adaptable addictive additional adequate adjacent adjustable
administrative admirable adorable adult advanced adverse advisory affectionate affordable afraid
ageing aggressive agile agricultural alert alike alive alleged allied aloof alternative amateur
amazing ambiguous ambitious amiable ample amused analytical ancient angry animated annoyed annual
anonymous anxious apologetic appalling apparent applicable appropriate approximate aquatic
arbitrary architectural arid armed aromatic arrogant artificial artistic ashamed asleep assertive
astonishing athletic atomic atrocious attractive audible auspicious austere authentic authoritarian
automatic autonomous available average aware awesome awful awkward bad balanced bald bankrupt bare
basic beautiful believable beloved beneficial bent big bilateral binding bitter bizarre black bland
blank bleak blind blond bloody blue blunt blurry boiling bold bony boring bossy bouncy brave brief
bright brilliant brisk brittle broad broken bronze brown budgetary bumpy bureaucratic burly
bustling busy calm calming candid capable careful careless casual cautious celebrated central
ceremonial certain charming cheap cheerful chemical chief chilly chronic chubby circular civic
civil civilian clandestine classic classified clean clear clever close cloudy clumsy coarse coastal
cold collective colonial colossal colourful combined comfortable comic commercial common communal
compact comparable compassionate compatible competent competitive complete complex comprehensive
compulsory conceivable concerned concrete condensed conditional confident confidential conflicting
confused consecutive consequential conservative considerable consistent constant constitutional
constructive consular contagious contemporary content contentious continental continuous
contractual contrary controversial conventional cool cooperative corporate correct costly cosy
countless courageous covert cowardly crazy creamy creative credible criminal crisp critical crooked
crowded crucial cruel cuddly cultural cultured curious curly current customary cute daily damaging
damp dangerous dark dazzling dead deadly dear decent decimal decisive decorative deep deeply
defenceless defensive defiant definite deliberate delicate delightful democratic dense dental
dependent deputy deserted desirable desperate destructive detachable detailed determined
devastating different difficult digital diligent dim diplomatic direct dirty disabled disappointing
disastrous disciplined discreet disgusting dishonest disputed distant distinct diverse divided
dizzy domestic dominant doubtful dramatic dry dual dull durable dusty dutiful dynamic eager early
eastern easy ecological economic edible editorial educational effective efficient elaborate elastic
elderly elected electoral electric electrical electronic elegant elementary eligible eloquent
embarrassed embattled emergency eminent emotional empty enchanting encouraging endangered endless
energetic enormous enthusiastic entire envious environmental equal equatorial equivalent essential
eternal ethical ethnic euphoric eventual evergreen everyday evident evil exact excellent
exceptional excessive exciting exclusive executive exhausted existing exotic expanding expensive
experimental expert explicit explosive exposed exquisite extended extensive external extra extreme
fabulous faint fair faithful fake false familiar famous fancy fantastic fast fatal favourable
fearful fearless feasible federal feeble fertile festive fierce filthy final financial fine firm
fiscal fixed flaky flat flawless fleeting flexible flimsy fluent fluffy fluid foggy fond foolish
forceful foreign formal former formidable forthcoming fortunate forward fragile fragrant frail
frank frantic free frequent fresh friendly frightened frosty frozen fruitful frustrated full
functional fundamental funny furious future fuzzy general generic generous gentle genuine
geographical giant gifted gigantic glad glamorous gleaming global gloomy glorious glossy golden
gorgeous governmental graceful gracious gradual grand grateful grave greasy great greedy green grey
grieving grim gross growing grumpy guilty handmade handsome handy happy hard hardworking harmful
harmless harsh hasty hateful haunted healthy heartfelt heated heavenly heavy helpful helpless
hidden high hilarious historic hollow homeless honest honourable hopeful horrible hospitable
hostile hot huge humanitarian humble humid hungry hurtful hypothetical icy ideal idealistic
identical ideological idiotic idle ignorant ill illegal illiterate imaginary imaginative immaculate
immature immediate immense imminent immoral impartial impatient imperial implicit impolite
important impossible impractical impressive improbable impulsive inaccurate inadequate incoming
incompetent incomplete inconclusive inconsistent incorrect incredible indefinite independent
indirect individual indoor industrial inevitable inexpensive infamous infinite influential informal
informative initial innate innocent innovative insane insecure insignificant inspiring instant
institutional insufficient intact integral intellectual intelligent intense intensive intentional
interesting interim intermediate internal international intimate intricate invaluable invisible
irate irresponsible isolated itchy jealous jittery joint jolly joyful judicial juicy junior just
key kind knowledgeable lame landmark lanky large lasting late lateral lavish lawful lazy leading
lean legal legendary legislative lengthy lethal liberal lifeless light likeable likely limited
linear liquid literal literary little live lively local logical lonely long-term loose lovely low
loyal lucky lucrative luminous lush luxurious mad magical magnificent main majestic major mandatory
manual marginal maritime marked marvellous masculine massive mature maximum meagre meaningful
measured mechanical medical melodic memorable mental merciful mere messy metallic mighty mild
military mindless miniature minimal minimum minor miserable misleading mistaken mixed mobile
moderate modern modest moist monstrous monthly moral muddy multilateral multiple mundane municipal
musical mutual mysterious naive naked narrow nasty national native natural naughty naval neat
necessary needy negative negligent nervous neutral new nimble noble nocturnal noisy nominal normal
northern nostalgic notable notorious novel nuclear numerous nutritious obedient obese objective
oblivious obscure obsolete obvious occasional odd offensive official offshore old ongoing open
operational opposite optimistic optional oral orange orderly ordinary organic original ornate
outdated outgoing outrageous outstanding overall overseas overwhelming painful painless pale paltry
parallel paramilitary parliamentary partial passionate passive patient peaceful peculiar pending
perfect periodic peripheral perky permanent persistent personal persuasive pessimistic petty
physical pink plain plausible playful pleasant pleased plentiful plump pointless poised polished
polite political poor popular portable positive possible potential powerful practical precious
precise predictable pregnant preliminary premature prepared presidential prestigious pretty
prevailing previous priceless prickly primary prime principal prior private probable productive
professional proficient profitable profound progressive prolonged prominent promising prompt proper
proportional prospective prosperous protective proud provincial provisional prudent psychological
public punitive puny pure purple puzzled quaint qualified quarterly quick quiet quirky radiant
radical ragged rainy random rapid rare rational raw ready real realistic reasonable reassuring
rebel rebellious recent reckless red reflective refreshing regal regional regular regulatory
relative relaxed relevant reliable reluctant remarkable remote renewed repeated representative
republican repulsive residential resilient resolute respectful respective responsible responsive
restful restless restrictive retail retired revolutionary rewarding rich ridiculous rigid ripe
risky rival robust rocky romantic rosy rotten rough round routine rowdy royal rude rural rusty
ruthless sacred sad safe salty sandy sane satisfactory scarce scary scattered scenic scholarly
scientific scornful scruffy seasonal seasoned second secondary secret secular secure selective
selfish senior sensible sensitive sensual separate sequential serene serious severe shabby shaggy
shaky shallow shameful shared sharp shiny short-term shy sick significant silent silky silly
similar simple sincere single skilled skinny sleepy slight slim slimy slippery sloppy slow sluggish
small smart smelly smoky smooth sneaky snowy sober social soft soggy solar solid sombre
sophisticated sore sorry sound sour southern sovereign spare sparkling special specific spectacular
speedy spicy spiky spirited splendid spontaneous spotless sprawling square squeaky stable stark
starving statutory steady steep sticky stiff stingy stormy stout straight strange strategic strict
strong structural stubborn stunning stupid sturdy stylish sublime subsequent substantial subtle
successful sudden sufficient sugary suitable sunny super superb superficial superior supplementary
supportive supreme sure surgical surprise surprising suspicious sustainable sweeping sweet swift
swollen symbolic sympathetic systematic tactical talented tall tame tan tasty technical temporary
tender tense tentative terrible terrific terrified territorial thankful theoretical thick thin
thirsty thorough thoughtful thrifty thunderous tidy tight timid tiny tired tiresome torn total
tough toxic traditional tragic tranquil transparent tremendous trivial tropical troubled true
trusty truthful turbulent typical ugly ultimate unable unanimous unaware uncertain unclear
underground underlying unemployed uneven unexpected unfair unfinished unfortunate unhappy uniform
unilateral unique united universal unkind unknown unlikely unlucky unpopular unprecedented unstable
unsuccessful untidy unusual upcoming upper upset urban urgent useful useless usual utter vacant
vague vain valid valuable various vast venomous verbal vertical viable vibrant victorious vigilant
vigorous violent virtual virtuous visible visual vital vivid volatile voluntary vulnerable warm
wary wasteful watchful wavy weak wealthy weary weekly weird welcome well-known western wet whole
wicked wide wild willing wiry wise witty wobbly woeful wonderful wooden wordy worried worthless
worthy wrong yellow young youthful zealous
"""
ADVERBS = """
allegedly markedly repeatedly supposedly
briefly carefully clearly closely currently directly eventually finally formally fully gradually
heavily largely later mainly narrowly nearly openly partly quickly quietly rarely recently
reportedly sharply shortly slightly slowly steadily strongly suddenly temporarily widely
"""
FIELDS = """
Agriculture Energy Transport Security Health Housing Trade Finance Labour Environment Water
Defence Education Fisheries Mining Tourism Industry Culture Justice Science Technology Aviation
Shipping Forestry Statistics Migration Telecommunications
"""
# Hyphenated modifiers made from the nouns, as news writes them: "pre-budget", "state-owned".
PREFIXES = ("pre", "post", "anti", "non", "cross", "multi", "inter", "mid", "pro", "counter",
            "co")
LINKS = ("owned", "backed", "led", "funded", "based", "run", "linked", "related", "driven",
         "controlled", "sponsored", "focused", "wide", "free", "friendly", "heavy", "rich",
         "level", "sized", "style", "only", "specific", "bound", "hit", "proof", "made")
UNITS = ("day", "week", "month", "year", "hour", "minute", "member", "page", "point", "seat",
         "mile", "kilometre", "storey", "nation", "party", "vote", "match", "metre", "tonne",
         "strong", "bed", "lane", "car", "step", "round", "man", "year-old", "vessel", "hectare")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "12",
                "15", "20", "24", "30", "40", "48", "50", "60", "72", "90", "100", "120", "150",
                "200", "500", "1,000")
SECTORS = ("Energy", "Aerospace", "Shipping", "Foods", "Motors", "Steel", "Textiles", "Mining",
           "Logistics", "Pharmaceuticals", "Telecom", "Capital", "Dynamics", "Systems",
           "Construction", "Chemicals", "Airlines", "Media", "Electric", "Holdings", "Materials",
           "Robotics", "Optics", "Marine", "Rail", "Water", "Agritech", "Insurance")
COMPANY_FORMS = ("Inc.", "Corp.", "Co.", "Ltd.", "Group", "AG", "SA", "plc", "LLC", "")
COUNTRIES = ("Russia", "the United States", "China", "France", "Britain", "India", "Pakistan",
             "North Korea", "South Korea", "Japan", "Iran", "Israel", "Germany", "Poland",
             "Turkey", "Ukraine", "Belarus", "Kazakhstan", "Sweden", "Finland", "Norway",
             "Brazil", "Argentina", "South Africa", "Egypt", "Saudi Arabia", "Australia",
             "Canada", "Italy", "Spain", "the Netherlands", "Belgium", "Austria", "Switzerland",
             "Mexico", "Indonesia", "Vietnam", "the Philippines", "Estonia", "Latvia",
             "Lithuania", "Romania", "Hungary", "Greece", "Nigeria", "Kenya", "Chile")
TITLES = ("Foreign Minister", "Defence Minister", "Deputy Foreign Minister", "Prime Minister",
          "President", "Ambassador", "General", "Admiral", "Finance Minister", "Senator",
          "Interior Minister", "Economy Minister", "Health Minister", "Mayor", "Governor",
          "Deputy Defence Minister", "Trade Minister", "Energy Minister", "Justice Minister",
          "Chief Executive", "Police Chief", "Judge", "Commissioner", "Secretary General")
# Agency style abbreviates these titles before a full name ("Gen. Anna Varga").
TITLE_SHORT = {"General": "Gen.", "Admiral": "Adm.", "Senator": "Sen.", "Governor": "Gov."}
ROLES = ("a spokeswoman for", "a spokesman for", "an analyst at", "the head of", "a researcher at",
         "an economist at", "the chairman of", "a senior official at", "a lawyer for",
         "the director of")
TREATIES = ("New START", "the INF Treaty", "the Open Skies Treaty", "the Non-Proliferation Treaty",
            "the Comprehensive Nuclear-Test-Ban Treaty", "the Chemical Weapons Convention",
            "the Biological Weapons Convention", "the Outer Space Treaty",
            "the Treaty on Conventional Armed Forces in Europe",
            "the Anti-Ballistic Missile Treaty",
            "the Treaty on the Prohibition of Nuclear Weapons", "the Arms Trade Treaty")
MISSILE_KINDS = ("cruise missile", "ballistic missile", "short-range ballistic missile",
                 "intermediate-range missile", "hypersonic glide vehicle", "interceptor",
                 "anti-ship missile", "submarine-launched ballistic missile", "attack drone",
                 "air-launched cruise missile", "intercontinental ballistic missile")
ARMS_TOPICS = ("strategic stability", "nuclear risk reduction", "missile defence", "arms control",
               "non-proliferation", "verification", "conventional forces in Europe",
               "tactical nuclear weapons", "space security", "the test ban")
MOVES = ("rose", "fell", "slipped", "jumped", "climbed", "dropped", "gained", "eased", "dipped",
         "edged up", "edged down", "surged", "tumbled")
HURT = ("injured", "detained", "arrested", "evacuated", "rescued", "questioned", "hurt", "fined")
# (past tense, past participle) of the irregular verbs above
IRREGULAR = {"build": ("built", "built"), "cut": ("cut", "cut"), "deal": ("dealt", "dealt"),
             "freeze": ("froze", "frozen"), "meet": ("met", "met"), "pay": ("paid", "paid"),
             "repay": ("repaid", "repaid"), "rise": ("rose", "risen"), "sell": ("sold", "sold"),
             "send": ("sent", "sent"), "shut": ("shut", "shut"), "spend": ("spent", "spent"),
             "split": ("split", "split"), "win": ("won", "won"), "lend": ("lent", "lent"),
             "withdraw": ("withdrew", "withdrawn"), "forecast": ("forecast", "forecast"),
             "broadcast": ("broadcast", "broadcast"), "offset": ("offset", "offset"),
             "strike": ("struck", "struck"), "overcome": ("overcame", "overcome"),
             "oversee": ("oversaw", "overseen"), "withstand": ("withstood", "withstood"),
             "uphold": ("upheld", "upheld"), "arise": ("arose", "arisen"),
             "awake": ("awoke", "awoken"), "cling": ("clung", "clung"), "dig": ("dug", "dug"),
             "feed": ("fed", "fed"), "hang": ("hung", "hung"), "light": ("lit", "lit"),
             "overhear": ("overheard", "overheard"), "overtake": ("overtook", "overtaken"),
             "kneel": ("knelt", "knelt")}
# verbs that double their last consonant before -ed and -ing (British spelling)
DOUBLED = {"admit", "ban", "cancel", "chop", "clap", "compel", "cut", "defer", "deter", "dig",
           "drag", "drop", "enrol", "expel", "fit", "fulfil", "grab", "hop", "hug", "jam", "knit",
           "label", "level", "nod", "patrol", "pin", "plan", "plug", "pop", "prefer", "refer",
           "rob", "rub", "scrub", "shop", "shrug", "shut", "signal", "sin", "sip", "skip", "slap",
           "slip", "split", "step", "stir", "stop", "strip", "submit", "swap", "tap", "total",
           "transfer", "trap", "travel", "trim", "tug", "win", "wrap", "zip"}
IRREGULAR_PLURAL = {"spokesman": "spokesmen", "chairman": "chairmen", "chairwoman": "chairwomen",
                    "fisherman": "fishermen", "crisis": "crises", "diagnosis": "diagnoses",
                    "aircraft": "aircraft", "series": "series", "youth": "young people",
                    "child": "children", "woman": "women", "foot": "feet", "tooth": "teeth",
                    "mouse": "mice", "wife": "wives", "knife": "knives", "wolf": "wolves",
                    "life": "lives", "thief": "thieves", "self": "selves", "analysis": "analyses",
                    "tomato": "tomatoes", "potato": "potatoes", "hero": "heroes",
                    **{w: w for w in ("police", "headquarters", "media", "equipment", "evidence",
                                      "intelligence", "infrastructure", "livestock", "logistics",
                                      "research", "weather", "poverty", "sovereignty", "safety",
                                      "shipping", "tourism", "terrorism", "welfare", "wealth",
                                      "justice", "cooperation", "electricity", "corruption",
                                      "sheep", "fish", "species", "people", "premises",
                                      "crossroads", "customs", "trousers", "physics", "cattle",
                                      "personnel", "luggage", "knowledge", "wisdom")}}
# adjectives with these endings give adverbs ("rapidly"), except the NO_ADVERB ones
ADVERB_FROM = re.compile(r"(?:al|ic|ous|ive|ful|ent|ant|ble|ate|ar|less)$")
NO_ADVERB = {"acidic", "addictive", "adjustable", "alive", "applicable", "aquatic", "atomic",
             "available", "bent", "civic", "coastal", "colonial", "consular", "continental",
             "corporate", "countless", "decimal", "dental", "detachable", "edible", "equatorial",
             "ethnic", "executive", "giant", "homeless", "imperial", "intermediate", "lifeless",
             "metallic", "naval", "nocturnal", "nuclear", "portable", "pregnant", "presidential",
             "residential", "rival", "rural", "secular", "solar", "toxic", "tropical", "unable",
             "vacant"}
# British and American spellings: each document keeps one, as a newspaper does. The -ise verbs
# of VERBS are added with their forms (authorise, authorised, authorising / authorize ...).
SPELLINGS = (("defence", "defense"), ("Defence", "Defense"), ("programme", "program"),
             ("harbour", "harbor"), ("licence", "license"), ("labour", "labor"),
             ("Labour", "Labor"), ("centre", "center"), ("Centre", "Center"),
             ("kilometre", "kilometer"), ("metre", "meter"),
             ("lorry", "truck"), ("lorries", "trucks"), ("motorway", "highway"),
             ("per cent", "percent"), ("fuelled", "fueled"), ("tonne", "ton"), ("armour", "armor"),
             ("favour", "favor"), ("honour", "honor"), ("neighbour", "neighbor"),
             ("neighbourhood", "neighborhood"), ("rumour", "rumor"), ("colourful", "colorful"),
             ("labourer", "laborer"), ("theatre", "theater"), ("catalogue", "catalog"),
             ("offence", "offense"), ("analyse", "analyze"),
             ("mobilisation", "mobilization"), ("enrol", "enroll"), ("fulfil", "fulfill"))
# verbs that double a final l in British spelling only (cancelled / canceled)
SINGLE_L = ("cancel", "label", "level", "signal", "total", "travel")
NOT_IZE = {"advertise", "advise", "compromise", "exercise", "supervise", "surprise", "revise",
           "rise", "raise", "promise", "praise", "practise", "disguise", "televise"}


def plural(noun: str) -> str:
    if noun in IRREGULAR_PLURAL:
        return IRREGULAR_PLURAL[noun]
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def past(verb: str, participle: bool = False) -> str:
    if verb in IRREGULAR:
        return IRREGULAR[verb][participle]
    if verb in DOUBLED:
        return verb + verb[-1] + "ed"
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def gerund(verb: str) -> str:
    if verb in DOUBLED:
        return verb + verb[-1] + "ing"
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    return verb + "ing"


def third_person(verb: str) -> str:
    return verb + "es" if verb.endswith("o") else plural(verb)


def adverb(adjective: str) -> str:
    """"rapid" -> "rapidly", "strategic" -> "strategically", "possible" -> "possibly"."""
    if adjective == "public":
        return "publicly"
    if adjective.endswith("ic"):
        return adjective + "ally"
    if adjective.endswith("ble"):
        return adjective[:-1] + "y"
    return adjective + "ly"


def spelling_patterns() -> dict[bool, tuple[re.Pattern, dict[str, str]]]:
    """For British (False) and American (True) style: one pattern of the other style's
    spellings, and the replacement of each."""
    pairs = list(SPELLINGS)
    for verb in SINGLE_L:
        pairs += [(past(verb), verb + "ed"), (gerund(verb), verb + "ing")]
    for verb in VERBS.split():
        if verb.endswith("ise") and verb not in NOT_IZE:
            american = verb[:-3] + "ize"
            pairs += [(verb, american), (third_person(verb), third_person(american)),
                      (past(verb), past(american)), (gerund(verb), gerund(american))]
    patterns = {}
    for american in (False, True):
        table = {(a if american else b): (b if american else a) for a, b in pairs}
        table = {k: v for k, v in table.items() if k != v}
        table.update({k + "s": v + "s" for k, v in list(table.items()) if k + "s" not in table})
        words = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
        patterns[american] = (re.compile(rf"\b(?:{words})\b"), table)
    return patterns


SPELLING_PATTERNS = spelling_patterns()


# -- sentence templates we wrote; {slot}s are filled by Filler -----------------------------------

# Arms control, in the register of the samples.
ARMS_TEMPLATES = (
    "{person} said {country} was ready to resume talks on {topic} if {country2} did the same.",
    "The {org} estimates that {country} holds about {count} nuclear warheads, {count2} of them "
    "deployed.",
    "Inspectors visited {n} {mod} sites near {place} between {date} and {date2}, the {org} said.",
    "{Country} test-fired a {designator} {missile} from the {place} range on {day}.",
    "The {designator} can carry a {big}-kg payload over a range of about {km}.",
    "{ref} said the {treaty_short} had kept {mod} {nouns} in check for {n} years, but that "
    "{country}'s {adj} {nouns2} had changed that.",
    "{person} told reporters in {place} that {country} would not be the first to deploy such "
    "weapons.",
    "A {adj} round of {mod} consultations on {topic} is planned for {date} in {place}.",
    "Negotiators met {adv} for {n} hours at the {place} mission on {day}, {official} said.",
    "The {mod} exercise involved {big} troops, {n} warships and {n2} aircraft, {ref} said.",
    "{Country} ratified {treaty} in {year} and has not conducted a nuclear test since {year2}.",
    "The {org} put the global stockpile at {big} warheads in {month} {year}.",
    "{person} accused {country} of violating {treaty} and threatened to suspend {mod} data "
    "exchanges.",
    "{ref} said the {missile} flew {km} and reached an altitude of {km2}.",
    "\"{quote},\" {ref} told the {org} on {day}.",
    "Under {treaty}, each side is limited to {count} deployed launchers and {count2} warheads.",
    "The {org} said {adj} satellite images showed {n} new launchers at a {mod} base near "
    "{place}.",
    "{person} is expected to raise {topic} with {person2} at the {place} summit on {date}.",
    "{Country} says its {designator} system is purely defensive and covers about {km}.",
    "The {adj} review of {topic} is due by {date}, {official} said.",
    "Talks on a {mod} framework stalled in {month} {year} over {topic}.",
    "{ref} said {country} had notified the other parties of the launch {n} hours in advance.",
    "The {org} said {country} had destroyed {big} tonnes of chemical agents since {year}.",
    "{person} said the {designator} would enter service in {year} at a cost of {money}.",
    "Observers from {n} countries watched the {mod} drills near {place}, {official} said.",
    "{Country} and {country2} agreed on {day} to set up a {mod} hotline for {topic}.",
    "The {place}-based {org} said the {designator} was a {adj} threat to {mod} {nouns}.",
    "{person} visited the {mod} {noun} at {place} and inspected {n} {designator} launchers.",
    "The {adj} stockpile of {country} includes about {count} {missile}s, according to "
    "{official}.",
    "Officials said the {designator} test was the {ordinal} this year and the {ordinal2} since "
    "{month}.",
    "{Official} said verification would require {mod} inspections at {n} sites in {place} and "
    "{place2}.",
    "The {mod} deal would cap {missile}s at {count} and warheads at {count2}, {ref} said.",
    "{person} warned on {day} that a {mod} arms race in {region} could {verb} {mod2} {nouns}.",
    "{Country} confirmed it had moved {n} {missile} batteries to the {place} area, {family}'s "
    "{adj} {noun} said.",
    "The {org} called on {country} to sign {treaty} and open its {mod} sites to inspectors.",
    "Parliament in {country} voted {n}-{n2} on {day} to approve the {mod} accord.",
)
# Neutral news: the context, reactions and briefs around an arms-control story.
NEWS_TEMPLATES = (
    "{person} said on {day} that the {adj} {noun} would cost about {money}.",
    "Police in {place} said {n} people were {hurt} after a {mod} {noun} near the {noun2} on "
    "{day}.",
    "The {org} said {mod} {nouns} in the {place} area {moved} {pct} in {month} from a year "
    "earlier.",
    "Shares of {company} {moved} {pct} to {price} in {adj} {time} trading.",
    "\"{quote},\" {ref} said.",
    "\"{quote},\" said {person}, who {verbed} the {mod} {noun} in {year}.",
    "Temperatures in {place} are expected to reach {n} degrees by {day}, forecasters said.",
    "{ref} declined to comment on the {adj} {mod} {noun}.",
    "The {mod} {noun} in {place} will reopen at {time} on {day}, the {org} said.",
    "{company} reported a {adj} profit of {money} for the quarter to {date}.",
    "About {big} {nouns} were {done} across the {place} region last year, {official} said.",
    "{ref} is due to visit {place} and {place2} later this month, {family}'s office said.",
    "The vote on the {adj} {mod} {noun} is {adv} scheduled for {date}.",
    "In {place}, {n} {nouns} {verbed} the {mod} {noun} before dawn on {day}.",
    "Officials in {country} have {done} {mod} {nouns} since {year}, {adv} {verbing} the "
    "{noun}'s {nouns2}.",
    "The {org} has about {big} members in {n} countries.",
    "Last year {company} {verbed} {n} {mod} {nouns} and cut its {noun} by {pct}.",
    "The {noun} was {adv} {done} after {n} {nouns} {verbed2} it, {official} said.",
    "{person} {verbed} the {mod} {noun}, saying it would {verb} {nouns} in {place}.",
    "The {place} {noun} has been {done} since {date} because of a {mod} {noun2}.",
    "Inflation in {country} {moved} to {pct} in {month}, the {org} said.",
    "The {mod} {noun} is {adv} {verbing} {nouns} in {place}, {ref} said.",
    "A {mod} {noun} between {company} and {company2} was {done} by regulators on {day}.",
    "{n} {nouns} and {n2} {nouns2} were {done} in {place} at about {time}.",
    "{Official} said the {mod} {noun} would be {done} by {date}.",
    "Turnout in {place} was {pct}, up from {pct2} at the previous election.",
    "{company} plans to {verb} about {big} jobs at its {place} {noun} by {year}.",
    "The {org} warned that {mod} {nouns} could {verb} {adv} if the {noun} {verbs} {adj}.",
    "The {noun} costs {price} a {noun2} in {place}, against {price2} in {place2}.",
    "{person} was sentenced to {n} years in prison on {day} by a court in {place}.",
    "The {mod} {noun} drew about {big} visitors to {place}'s {adj} {noun2}, {ref} said.",
    "{place}'s {mod} {noun} {moved} for a {ordinal} straight month in {month}.",
    "{company}, which employs {big} people in {place}, said it would {verb} its {mod} {noun}.",
    "A {mod} {noun} cut power to {big} homes in {place} and {place2} on {day}.",
    "The {mod} {noun} at {place} {verbed} {n} {mod2} {nouns} in {month}, {ref} said.",
    "{Official} said {n} {mod} {nouns} had applied for the {noun} by {date}.",
    "The {adj} {noun} left {n} {mod} {nouns} without {noun2} for {n2} hours.",
    "Traffic on the {place} {noun} was {done} for {n} hours after a {mod} {noun2}.",
    "{person} and {person2} {verbed} a {mod} {noun} worth {money} on {day}.",
    "The {mod} {noun} will add {n} {nouns} to the {place} {noun2}, {official} said.",
)
QUOTES = (
    "We don't {verb} {mod} {nouns} like this lightly",
    "It's a {adj} {noun} for everyone in {place}",
    "We're {verbing} the {mod} {noun} very {adv}",
    "They haven't {done} a single {mod} {noun} since {month}",
    "There's no {noun} that can't be {done}",
    "I'm not {adj} about the {mod} {nouns}",
    "This isn't about {nouns}, it's about {mod} {nouns2}",
    "We won't {verb} the {mod} {noun} until {month}",
    "The {nouns} are {adv} {adj}, and that's what matters",
    "Nobody wants to {verb} the {noun}, but we can't wait for ever",
    "We have {n} {mod} {nouns} and we need {n2} more",
    "I didn't expect the {mod} {noun} to {verb} so {adv}",
    "What we've seen in {place} is a {mod} {noun}",
    "They'd {verb} the {noun} tomorrow if they could",
)
HEADLINES = (
    "{Country} {verbs} {mod} {noun} as {nouns} {moved} {pct}",
    "{Country} says {designator} {missile} test was a success",
    "{Title} {family} to visit {place} for talks on {topic}",
    "{company} to {verb} {big} jobs in {place}",
    "Inspectors report {n} new launchers near {place}",
    "{Country} and {country2} to resume {topic} talks on {date}",
    "{place} {mod} {noun} {done} after {adj} {noun2}",
    "{Country} accuses {country2} of breaching {treaty_short}",
    "{Country} moves {designator} batteries closer to {place}",
    "{mod} {noun} in {place} {done}, {n} {hurt}",
)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "10th", "11th", "12th")
REGIONS = ("Europe", "Asia", "the Pacific", "the Baltic", "the Arctic", "the Middle East",
           "the Black Sea region", "South Asia", "the Korean peninsula", "the Gulf")
SLOT = re.compile(r"\{(\w+)\}")
# "a export" -> "an export", "a unfair" -> "an unfair"; not "a user", "a union"
AN = re.compile(r"\b([Aa]) (?=[aeio]|u(?:n(?!i)|[b-df-hj-mp-tv-z]{2}))")

# Sizes of the invented pools, and the Zipf exponent of the picks from each: the entry of rank
# r (in a seeded shuffle) comes up with a probability proportional to 1 / r ** exponent (0
# would be uniform). Calibrated against real news, see the module docstring.
POOLS = {"given": 6000, "family": 20000, "places": 15000, "codes": 5000}
ZIPF = {"given": 0.3, "family": 0.3, "places": 0.3, "codes": 0.3, "words": 0.4, "mods": 0.3}
# Shares of a document's body sentences taken from the samples, written from arms-control
# templates, and written from neutral-news templates.
MIX = (("sample", 0.2), ("arms", 0.45), ("news", 0.35))
# Standard deviation of the log of document lengths (real news: 1.16).
LENGTH_SPREAD = 1.1


class Lexicon:
    """The word and name pools of one seed, built once per corpus."""

    def __init__(self, seed: int):
        rng = random.Random(f"treatyx-bench-lexicon-{seed}")
        self.nouns = NOUNS.split()
        self.verbs = VERBS.split()
        self.adjectives = ADJECTIVES.split()
        self.adverbs = list(dict.fromkeys(ADVERBS.split() + [
            adverb(a) for a in self.adjectives if ADVERB_FROM.search(a) and a not in NO_ADVERB]))
        self.fields = FIELDS.split()
        for words in (self.nouns, self.verbs, self.adjectives, self.adverbs):
            rng.shuffle(words)  # the frequent ones: a random choice, not the alphabet's first
        taken = {w.capitalize() for w in self.nouns + self.verbs + self.adjectives + self.adverbs}
        taken.update(FIRST_NAMES, LAST_NAMES)
        self.given = [*FIRST_NAMES, *invent(rng, POOLS["given"], GIVEN_ENDINGS, taken, (1, 2))]
        self.family = [*LAST_NAMES, *invent(rng, POOLS["family"], FAMILY_ENDINGS, taken)]
        self.places = invent(rng, POOLS["places"], PLACE_ENDINGS, taken)
        letters = "ABCDEFGHJKLMNPRSTVXZ"
        self.codes = [f"{rng.choice(letters)}{rng.choice(letters)}-{rng.randint(1, 99)}"
                      + rng.choice(("", "", "", "A", "B", "M", "K")) for _ in range(POOLS["codes"])]
        self.modifiers = ([f"{p}-{n}" for p in PREFIXES for n in self.nouns]
                          + [f"{n}-{link}" for n in self.nouns for link in LINKS])
        rng.shuffle(self.modifiers)


class Filler:
    """Fills a template's {slots} from the lexicon, in the current document's house style."""

    def __init__(self, lexicon: Lexicon, rng: random.Random):
        self.lex = lexicon
        self.rng = rng
        self.agency = True  # this document's house style: "Mr. Varga", "Sept. 22", "U.S."
        self.last: str | None = None  # the family name a later "Mr. ..." refers back to
        self.fillers = self.slots()

    def pick(self, pool: Sequence[str], kind: str) -> str:
        """A Zipf-distributed pick (exponent ``ZIPF[kind]``): the inverse of the power law's
        distribution function on ranks 1..len(pool)+1, continuous, rounded down."""
        exponent, top = ZIPF[kind], len(pool) + 1
        if exponent == 1:
            rank = top ** self.rng.random()
        else:
            power = 1 - exponent
            rank = (1 + self.rng.random() * (top ** power - 1)) ** (1 / power)
        return pool[min(int(rank), top - 1) - 1]

    def family(self) -> str:
        return self.pick(self.lex.family, "family")

    def full_name(self) -> str:
        family = self.family()
        self.last = family
        return f"{self.pick(self.lex.given, 'given')} {family}"

    def person(self) -> str:
        title = self.rng.choice(TITLES)
        if self.agency:
            title = TITLE_SHORT.get(title, title)
        return f"{title} {self.full_name()}"

    def ref(self) -> str:
        """A later reference: "Mr. Varga" in agency style, else "Varga"."""
        family = self.last or self.family()
        if self.agency and self.rng.random() < 0.8:
            return f"{self.rng.choice(('Mr.', 'Ms.', 'Mr.', 'Ms.', 'Dr.'))} {family}"
        return family

    def place(self) -> str:
        return self.pick(self.lex.places, "places")

    def org(self) -> str:
        rng, place = self.rng, self.place()
        field = rng.choice(self.lex.fields)
        return rng.choice((f"{place} Institute for {field} Studies", f"{field} Ministry",
                           f"{self.family()} Foundation", f"Centre for {field} in {place}",
                           f"{place} {field} Authority", f"{place} Chamber of Commerce",
                           f"{place} University", f"National {field} Agency",
                           f"{place} Observatory", f"{self.family()} {field} Trust"))

    def company(self) -> str:
        name = self.family() if self.rng.random() < 0.5 else self.place()
        return f"{name} {self.rng.choice(SECTORS)} {self.rng.choice(COMPANY_FORMS)}".rstrip()

    def official(self) -> str:
        if self.rng.random() < 0.5:
            return self.person()
        return f"{self.rng.choice(ROLES)} the {self.org()}"

    def modifier(self) -> str:
        """"pre-budget", "state-owned", "three-day", "48-hour"."""
        if self.rng.random() < 0.85:
            return self.pick(self.lex.modifiers, "mods")
        count = (self.rng.choice(NUMBER_WORDS) if self.rng.random() < 0.5
                 else str(self.rng.randint(2, 400)))
        return f"{count}-{self.rng.choice(UNITS)}"

    def number(self, low: int, high: int) -> str:
        value = round(low * (high / low) ** self.rng.random())  # log-uniform
        return f"{value:,}"

    def month(self) -> str:
        month = self.rng.choice(MONTHS)
        return MONTH_SHORT.get(month, month) if self.agency else month

    def date(self) -> str:
        return f"{self.month()} {self.rng.randint(1, 28)}"

    def time(self) -> str:
        hour = self.rng.randint(1, 12)
        minute = self.rng.choice((0, 0, 15, 30, 45, self.rng.randint(0, 59)))
        suffix = self.rng.choice(("a.m.", "p.m."))
        return f"{hour}:{minute:02d} {suffix}" if minute else f"{hour} {suffix}"

    def dateline(self) -> str:
        """"PLACE, Oct 6 (treatyx wire) - ", as the samples open ("Oct. 6" in agency style)."""
        month = self.rng.choice(MONTHS)
        if month in MONTH_SHORT:
            month = MONTH_SHORT[month] if self.agency else MONTH_SHORT[month].rstrip(".")
        return f"{self.place().upper()}, {month} {self.rng.randint(1, 28)} (treatyx wire) - "

    def percent(self) -> str:
        value = self.rng.choice((f"{self.rng.uniform(0.1, 9.9):.1f}",
                                 str(self.rng.randint(1, 80))))
        return f"{value}%" if self.agency else f"{value} per cent"

    def money(self) -> str:
        currency = self.rng.choice(("$", "$", "€", "£"))
        amount = self.rng.choice((f"{self.rng.uniform(1, 99):.1f}", str(self.rng.randint(2, 900))))
        return f"{currency}{amount} {self.rng.choice(('million', 'billion', 'million'))}"

    def slots(self) -> dict[str, Callable[[], str]]:
        """Slot name (lower case, without a number suffix) -> a function giving a filler."""
        rng, lex, words = self.rng, self.lex, "words"
        return {
            "person": self.person, "ref": self.ref, "official": self.official,
            "place": self.place, "org": self.org, "company": self.company,
            "country": lambda: rng.choice(COUNTRIES), "date": self.date, "time": self.time,
            "pct": self.percent, "money": self.money, "day": lambda: rng.choice(WEEKDAYS),
            "month": lambda: rng.choice(MONTHS), "year": lambda: str(rng.randint(1987, 2030)),
            "n": lambda: str(rng.randint(2, 60)), "big": lambda: self.number(120, 90_000),
            "count": lambda: self.number(150, 6_000), "mod": self.modifier,
            "km": lambda: f"{self.number(20, 16_000)} {rng.choice(('km', 'km', 'kilometres'))}",
            "price": lambda: f"{rng.choice('$€£')}{rng.uniform(0.5, 400):.2f}",
            "noun": lambda: self.pick(lex.nouns, words),
            "nouns": lambda: plural(self.pick(lex.nouns, words)),
            "verb": lambda: self.pick(lex.verbs, words),
            "verbs": lambda: third_person(self.pick(lex.verbs, words)),
            "verbed": lambda: past(self.pick(lex.verbs, words)),
            "done": lambda: past(self.pick(lex.verbs, words), participle=True),
            "verbing": lambda: gerund(self.pick(lex.verbs, words)),
            "adj": lambda: self.pick(lex.adjectives, words),
            "adv": lambda: self.pick(lex.adverbs, words),
            "moved": lambda: rng.choice(MOVES), "hurt": lambda: rng.choice(HURT),
            "topic": lambda: rng.choice(ARMS_TOPICS), "region": lambda: rng.choice(REGIONS),
            "ordinal": lambda: rng.choice(ORDINALS), "treaty": lambda: rng.choice(TREATIES),
            "treaty_short": lambda: re.sub(r"^the ", "", rng.choice(TREATIES)),
            "missile": lambda: rng.choice(MISSILE_KINDS),
            "designator": lambda: (self.pick(lex.codes, "codes") if rng.random() < 0.6
                                   else f"{self.place()}-{rng.randint(1, 30)}"),
            "quote": lambda: self.fill(rng.choice(QUOTES)),
            "family": self.family, "title": lambda: rng.choice(TITLES),
        }

    def slot(self, name: str) -> str:
        """The filler of {name}: {noun2} is another {noun}; {Country} is capitalised."""
        base = name.rstrip("0123456789")
        value = self.fillers.get(base.lower())
        if value is None:
            raise KeyError(f"unknown template slot {{{name}}}")
        text = value()
        return text[0].upper() + text[1:] if base[0].isupper() else text

    def fill(self, template: str) -> str:
        text = SLOT.sub(lambda m: self.slot(m.group(1)), template)
        return AN.sub(r"\1n ", text[0].upper() + text[1:])


class Varier:
    """Replaces numbers, dates, names and spellings in one sample sentence with seeded random
    ones, in the current document's house style (with a Filler; without one, only numbers,
    dates, weekdays and titled names from the short lists above)."""

    def __init__(self, rng: random.Random, filler: Filler | None = None):
        self.rng = rng
        self.filler = filler
        self.american = False
        self.cast: dict[str, str] = {}  # this document's stand-ins for CAST and VENUES

    def recast(self, match: re.Match) -> str:
        assert self.filler is not None
        name = match.group(0)
        if name not in self.cast:
            venue = VENUES.fullmatch(name) is not None
            self.cast[name] = (name if self.rng.random() < 0.3
                               else self.filler.place() if venue else self.filler.family())
        return self.cast[name]

    def number(self, match: re.Match) -> str:
        text = match.group(0)
        digits = text.replace(",", "")
        value = float(digits)
        if "." not in digits and 1950 <= value <= 2035:
            return str(self.rng.randint(1987, 2030))  # a year
        scaled = value * self.rng.uniform(0.5, 2.0)
        if "." in digits:
            return f"{scaled:,.1f}" if "," in text else f"{scaled:.1f}"
        whole = max(1, round(scaled))
        return f"{whole:,}" if "," in text or whole >= 10_000 else str(whole)

    def month_day(self, match: re.Match) -> str:
        month = self.filler.month() if self.filler else self.rng.choice(MONTHS)
        return f"{month} {self.rng.randint(1, 28)}"

    def person(self, match: re.Match) -> str:
        before = match.string[:match.start()]
        if not TITLE_WORDS.search(before):
            return match.group(0)  # not a titled person: a place, a treaty, a headline word
        if self.filler is not None:
            return self.filler.full_name()
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def __call__(self, sentence: str) -> str:
        sentence = NUMBER.sub(self.number, sentence)
        sentence = MONTH_DAY.sub(self.month_day, sentence)  # after NUMBER: keeps days valid
        sentence = FULL_NAME.sub(self.person, sentence)
        for weekday in WEEKDAYS:
            if weekday in sentence:
                sentence = sentence.replace(weekday, self.rng.choice(WEEKDAYS))
        if self.filler is not None:
            sentence = VENUES.sub(self.recast, CAST.sub(self.recast, sentence))
        return self.style(sentence)

    def style(self, sentence: str) -> str:
        """The document's house style: dateline place, "U.S.", "Oct. 6", spelling."""
        if self.filler is None:
            return sentence
        if DATELINE.match(sentence) and self.rng.random() < 0.7:
            sentence = DATELINE.sub(self.filler.place().upper(), sentence)
        if self.filler.agency:
            sentence = US.sub("U.S.", WIRE_MONTH.sub(r"\1.", sentence))
        pattern, table = SPELLING_PATTERNS[self.american]
        return pattern.sub(lambda m: table[m.group(0)], sentence)


def sample_sentences(folder: Path = SAMPLES) -> tuple[list[str], list[str]]:
    """(headlines, body sentences) of every sample article, in a stable order."""
    headlines, body = [], []
    for path in sorted(folder.glob("*.txt")):
        paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n")]
        paragraphs = [p for p in paragraphs if p]
        if not paragraphs:
            continue
        headlines.append(paragraphs[0])
        for paragraph in paragraphs[1:]:
            body.extend(s.strip() for s in SENTENCE_END.split(paragraph) if s.strip())
    return headlines, body


def articles(count: int, seed: int = 2019, target_chars: int = 470) -> Iterator[dict]:
    """``count`` JSON-ready rows ``{id, date, text}`` of about ``target_chars`` characters."""
    headlines, body = sample_sentences()
    if not body:
        raise SystemExit(f"no sample sentences found under {SAMPLES}")
    rng = random.Random(seed)
    filler = Filler(Lexicon(seed), rng)
    vary = Varier(rng, filler)
    kinds, weights = zip(*MIX, strict=True)
    templates = {"arms": ARMS_TEMPLATES, "news": NEWS_TEMPLATES}
    start = dt.date(2015, 1, 1)
    for index in range(count):
        filler.agency = rng.random() < 0.5
        filler.last = None
        vary.cast.clear()
        vary.american = rng.random() < 0.5
        # log-normal lengths, as in news (many briefs, a few long reports); mean target_chars
        size = int(target_chars * min(25.0, rng.lognormvariate(-LENGTH_SPREAD ** 2 / 2,
                                                                LENGTH_SPREAD)))
        paragraphs, paragraph, length = [], [], 0
        while length < size:
            kind = rng.choices(kinds, weights)[0]
            if kind == "sample":
                sentence = vary(rng.choice(body))
            else:
                sentence = vary.style(filler.fill(rng.choice(templates[kind])))
            if paragraphs or paragraph:
                sentence = DATELINE_PREFIX.sub("", sentence)  # only the first paragraph has one
            elif not DATELINE_PREFIX.match(sentence):
                sentence = filler.dateline() + sentence
            paragraph.append(sentence)
            length += len(sentence) + 1
            if len(paragraph) >= rng.randint(1, 3):
                paragraphs.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            paragraphs.append(" ".join(paragraph))
        headline = (vary(rng.choice(headlines)) if rng.random() < 0.5
                    else vary.style(filler.fill(rng.choice(HEADLINES))))
        text = "\n\n".join([headline, *paragraphs]) + "\n"
        date = start + dt.timedelta(days=rng.randint(0, 3650))
        yield {"id": f"bench-{index:06d}", "date": date.isoformat(), "text": text}


def write_corpus(path: Path, count: int, seed: int = 2019) -> tuple[int, int]:
    """Write the corpus (gzip when the name ends in .gz); return (documents, characters)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    chars = 0
    # mtime=0 keeps gzip output byte-identical between runs
    handle = (gzip.GzipFile(path, "wb", mtime=0) if path.name.endswith(".gz")
              else path.open("wb"))
    with handle:
        for row in articles(count, seed):
            chars += len(row["text"])
            handle.write((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))
    return count, chars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "corpus.jsonl")
    args = parser.parse_args()
    docs, chars = write_corpus(args.out, args.docs, args.seed)
    print(f"{args.out}: {docs} documents, {chars:,} characters")


if __name__ == "__main__":
    main()
