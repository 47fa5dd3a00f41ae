// Event words for any topic, in English, Korean and Japanese. Pure data.
// Each entry names a kind and a lemma; synonyms share a lemma ("opened", "inaugurated", "opening" → open), so
// reports that word one event differently still meet on one key. Lemmas, not words, go into keys.
import type { Kind } from './lexicon.ts';

export interface EventWord {
  kind: Kind;
  lemma: string;
  /** Past-tense forms: a finished event. */
  past?: string;
  /** Base, third-person and -ing forms: an event ahead when a modal or a future date goes with them. */
  base?: string;
  /** Nouns naming the event: tense comes from the date. */
  noun?: string;
  /** Korean and Japanese stems: tense comes from the date and the endings after them. */
  cjk?: string;
}

export const EVENT_WORDS: EventWord[] = [
  { kind: 'agreement', lemma: 'sign', past: 'signed|inked|concluded', base: 'sign|signs', noun: 'signing', cjk: '체결|서명|締結|署名' },
  { kind: 'agreement', lemma: 'agree', past: 'agreed|reached (?:an? )?(?:deal|agreement|accord)', base: 'agree|agrees', cjk: '합의|合意' },
  {
    kind: 'decision', lemma: 'approve',
    past: 'approved|passed|adopted|endorsed|ratified|authori[sz]ed|voted(?! down)',
    base: 'approve|approves|adopt|adopts|ratify|vote on', noun: 'approval|ratification', cjk: '승인|가결|의결|통과|承認|可決|採択',
  },
  { kind: 'decision', lemma: 'reject', past: 'rejected|vetoed|voted down|blocked', base: 'reject|veto', noun: 'rejection|veto', cjk: '부결|거부|否決|拒否' },
  { kind: 'decision', lemma: 'decide', past: 'decided|awarded|selected|chose', base: 'decide|award|select', noun: 'decision', cjk: '결정|決定' },
  { kind: 'action', lemma: 'ban', past: 'banned|prohibited|barred', base: 'ban|bans', cjk: '금지|禁止' },
  { kind: 'action', lemma: 'recall', past: 'recalled', base: 'recall|recalls', noun: 'recall', cjk: '리콜|회수|リコール|回収' },
  { kind: 'action', lemma: 'change', past: 'raised|cut|lowered|hiked|slashed|imposed|levied', base: 'raise|lower|hike|impose', cjk: '인상|인하|引き上げ|引き下げ' },
  {
    kind: 'action', lemma: 'halt', past: 'suspended|halted|closed|shut down|stopped|paused|grounded|capped|sealed off',
    base: 'suspend|halt|close|shut down', noun: 'suspension|closure|shutdown', cjk: '중단|폐쇄|停止|閉鎖|中止',
  },
  { kind: 'action', lemma: 'resume', past: 'resumed|reopened|restarted|lifted', base: 'resume|reopen|restart|lift', noun: 'reopening', cjk: '재개|再開' },
  { kind: 'action', lemma: 'release', past: 'released|freed', base: 'release|releases' },
  {
    kind: 'meeting', lemma: 'meet', past: 'met|convened|hosted|held (?:talks|a meeting|a summit|a hearing)|visited',
    base: 'meet|meets|convene|host|visit', noun: 'meeting|talks|summit|conference', cjk: '회담|회의|만나|방문|会談|会議|会合|訪問',
  },
  {
    kind: 'launch', lemma: 'open', past: 'opened|inaugurated|unveiled|launched|debuted|introduced|rolled out|went on sale',
    base: 'open|opens|inaugurate|unveil|launch|launches|debut|introduce|roll out|go on sale',
    noun: 'opening|inauguration|unveiling|launch|debut', cjk: '개통|개장|개관|출시|공개|개막|開通|開業|開館|発売|公開|開幕',
  },
  {
    kind: 'launch', lemma: 'begin', past: 'began|started|kicked off|broke ground|commenced|got under way|got underway',
    base: 'begin|begins|start|starts|kick off|break ground|commence', noun: 'groundbreaking', cjk: '착공|시작|개시|着工|開始',
  },
  {
    kind: 'operational', lemma: 'complete', past: 'completed|finished|wrapped up|went into service|entered service|went live|came online',
    base: 'complete|completes|finish|go live|enter service', noun: 'completion', cjk: '완공|준공|완료|完成|完工|竣工|完了',
  },
  {
    kind: 'operational', lemma: 'effect', past: 'took effect|came into force|entered into force|went into effect',
    base: 'take effect|come into force|enter into force', cjk: '발효|시행|発効|施行',
  },
  {
    kind: 'incident', lemma: 'incident',
    past: 'exploded|erupted|collapsed|crashed|caught fire|flooded|leaked|spilled|derailed|sank|struck|killed|injured|attacked|shot|stabbed',
    noun: 'explosion|blast|eruption|collapse|crash|earthquake|quake|attack|shooting|accident|derailment|outbreak|spill|leak',
    cjk: '폭발|붕괴|사고|화재|분화|지진|爆発|崩落|崩壊|事故|火災|噴火|地震',
  },
  { kind: 'legal', lemma: 'arrest', past: 'arrested|detained|raided', base: 'arrest', noun: 'arrest|raid', cjk: '체포|구속|압수수색|逮捕|家宅捜索' },
  {
    kind: 'legal', lemma: 'charge', past: 'charged|indicted|sued|prosecuted|filed (?:a )?(?:law)?suit|filed charges',
    base: 'charge|sue|indict', noun: 'indictment|lawsuit', cjk: '기소|고소|소송|起訴|提訴|告訴',
  },
  { kind: 'legal', lemma: 'investigate', past: '(?:opened|launched|began|started) (?:an? |its |their |the |a formal )?(?:investigation|probe|inquiry)', noun: 'investigation|probe|inquiry', cjk: '수사 착수|조사 착수|捜査に着手|調査を開始' },
  { kind: 'legal', lemma: 'trial', past: 'went on trial|testified|pleaded', base: 'stand trial|testify|plead', noun: 'trial|hearing', cjk: '공판|재판|公判|裁判' },
  {
    kind: 'legal', lemma: 'rule', past: 'ruled|convicted|acquitted|found (?:[\\w-]+ ){0,3}(?:not )?guilty|upheld|overturned|struck down',
    base: 'rule on', noun: 'ruling|verdict|judgment|judgement|conviction|acquittal', cjk: '판결|선고|유죄|무죄|判決|有罪|無罪',
  },
  { kind: 'legal', lemma: 'sentence', past: 'sentenced|fined|jailed', noun: 'sentencing', cjk: '징역|벌금|懲役|罰金' },
  { kind: 'legal', lemma: 'settle', past: 'settled', base: 'settle|settles', noun: 'settlement', cjk: '합의금|和解' },
  { kind: 'legal', lemma: 'appeal', past: 'appealed', base: 'appeal', cjk: '항소|상고|控訴|上告' },
  {
    kind: 'election', lemma: 'elect', past: 'elected|re-elected|won (?:the|a) (?:election|race|seat|runoff|vote)|sworn in|took office',
    base: 'elect|take office', noun: 'election|runoff|referendum|inauguration', cjk: '당선|취임|선거|当選|就任|選挙',
  },
  { kind: 'death', lemma: 'die', past: 'died|passed away|found dead', noun: 'death|funeral', cjk: '사망|별세|숨졌|死去|死亡|亡くなった' },
  { kind: 'personnel', lemma: 'resign', past: 'resigned|stepped down|quit|retired', base: 'resign|step down|retire', noun: 'resignation|retirement', cjk: '사임|사퇴|辞任|退任' },
  { kind: 'personnel', lemma: 'appoint', past: 'appointed|nominated|hired|dismissed|sacked|ousted', base: 'appoint|nominate|hire', noun: 'appointment|nomination', cjk: '임명|선임|해임|任命|解任' },
  {
    kind: 'statement', lemma: 'announce', past: 'announced|declared|confirmed|issued (?:a )?statement|warned',
    base: 'announce|declare', noun: 'announcement|declaration', cjk: '발표|선언|発表|宣言',
  },
];

/** A modal or intention right before the event word: the event lies ahead ("will open", "plans to sign"). */
export const PLAN_BEFORE =
  /\b(will|would|shall|to|is to|are to|(?:is|are|was|were) (?:expected|scheduled|set|due|slated|planned) to|plans? to|aims? to|intends? to|hopes? to|going to)\s+(?:be\s+)?(?:\w+\s+)?$/i;

/** Korean and Japanese endings of a plan after the event word ("개통할 예정", "開通する予定"). */
export const PLAN_AFTER = /^[^.。]{0,8}(예정|계획|방침|하기로|할 것|目指|予定|方針|見込み|見通し)/;

/** A verb negated just before it: no event ("did not open", "has yet to sign"). */
export const NEGATED = /\b(not|never|no|yet to|failed to|refused to|declined to)\s+(?:be\s+|been\s+|have\s+)?(?:\w+\s+)?$/i;

/** An event noun that names a risk, not an event ("fire risk", "화재 위험"). */
export const RISK_AFTER = /^\s*(위험|우려|가능성|リスク|恐れ|危険|risks?|hazards?|danger|fears?)/i;
export const RISK_BEFORE = /\b(risk|danger|threat|fear|hazard)s? of\s+(?:an? )?$/i;

/** Conditions, questions of whether, and guesses: nothing happened yet ("if approved", "could open"). */
// Case-sensitive so the month "May" passes.
export const CONDITIONAL = /\b([Ii]f|[Uu]nless|[Ww]hether|[Cc]ould|[Mm]ight|may)\b|(?:다면|경우)\s|なら|場合/;

/** Bylines, datelines and credits: never evidence. */
export const BYLINE = /^(by|reporting by|editing by|writing by|published|updated|posted|photo|source|read more)\b|^\W*(기자|記者)|=\s*연합뉴스|^\(?(AP|AFP|Reuters)\)?\s*[-—–]/i;

/** Words framing an old event as background rather than news ("a previous recall in 2009"). */
export const BACKGROUND = /\b(previous|previously|earlier|prior|former|formerly|once|in the past|history|another|similar|first time since|last time)\b|과거|이전|以前|過去/i;

/** Reports at second hand. Modal guesses are left out earlier (CONDITIONAL); "May" the month is no hedge. */
export const HEDGE = /\b(reportedly|allegedly|possibly|rumou?red|sources said|speculat\w*)\b|것으로 알려졌다|전망|見通し|可能性/i;

/** Background older than this many years is left out when it is framed as background. */
export const BACKGROUND_YEARS = 5;
