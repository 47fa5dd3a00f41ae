// Cue words in English, Korean and Japanese, mapped to language-independent ids. Pure data.
// Ids (not words) go into keys and titles so a Korean report and an English one meet on one milestone.

export const KINDS = [
  'agreement', 'summit', 'meeting', 'decision', 'pledge', 'operational', 'exercise', 'statement',
  // kinds only the generic layer (generic-lexicon.ts) produces
  'launch', 'action', 'incident', 'legal', 'election', 'death', 'personnel',
] as const;

export type Kind = (typeof KINDS)[number];

export interface Cue {
  kind: Kind;
  re: RegExp;
}

const AGREEMENT_NOUN = /\b(arrangement|agreement|accord|pact|memorandum|MOU|treaty|GSOMIA|TISA|deal)\b|약정|협정|합의서|양해각서|取り決め|取決め|協定|覚書/i;

/** Cues of something that took place. Agreement cues only count when an agreement noun is present. */
export const HAPPENED_CUES: Cue[] = [
  { kind: 'agreement', re: /\b(signed|concluded|inked|sealed)\b|체결|서명|締結|署名/gi },
  { kind: 'summit', re: /\bsummit\b|정상회의|정상회담|首脳会談|首脳会議|首脳会合/gi },
  {
    kind: 'meeting',
    re: /\b(met|meeting|talks|convened|ministerial|(phone|telephone|video) (call|conference|talks))\b|회담|회의|만나|통화|会談|会合|会議|電話会談/gi,
  },
  {
    kind: 'decision',
    re: /\b(agreed|decided|resolved|approved|endorsed|committed|adopted|reached (an|a) (agreement|deal|consensus))\b|합의|결정|合意|決定|確認した|一致した|一致し/gi,
  },
  {
    kind: 'operational',
    re: /\b(became|become|went|is now|was|were|declared|made)\b[^.]{0,40}\b(operational|live)\b|\b(began|begun|started|launched|commenced)\b[^.]{0,30}\b(operat\w*|running|sharing|system|mechanism)\b|\bfully operational\b|\b(went|came|put|brought) (in)?to (full )?operation\b|\b(went|came) (online|on line)\b|\b(activated|switched on)\b|\b(system|mechanism|sharing)\b[^.]{0,30}\b(was|were|has been|had been) (launched|activated|put into operation|switched on)\b|\b(sharing|system|mechanism|operations?)\b[^.]{0,25}\b(began|started|kicked off)\b|가동(에 들어갔|을 시작|했|됐|되었|을 개시|에 들어)|본격 가동|정상 가동|運用を開始|運用開始|本格運用|稼働(を開始|した|させた)|(공유|운용|운영)(을|를|이|가)? ?(시작|개시)(했|됐|되었)|(共有|運用|稼働)(が|を)?(開始|始ま|始め)(した|った|た)/gi,
  },
  {
    kind: 'exercise',
    re: /\b(held|conducted|staged|carried out|kicked off|wrapped up)\b[^.]{0,50}\b(drills?|exercises?|Freedom Edge)\b|\b(drills?|exercises?)\b[^.]{0,30}\b(held|conducted|staged|took place|began|started|opened|ended|concluded)\b|\b(began|started|opened|launched)\b[^.]{0,30}\b(drills?|exercises?)\b|훈련(을|에)? ?(실시|진행|했|시작|개시|돌입)|訓練(を|が)?(実施|行っ|開始|始ま)/gi,
  },
  { kind: 'statement', re: /\bjoint (statement|declaration|announcement)\b|\b(issued|released) (a )?(joint )?statement\b|공동(성명|발표)|共同(声明|発表)/gi },
];

/** Cues of something promised or scheduled, attached to a future date or a deadline. */
export const PLANNED_CUES: Cue[] = [
  {
    kind: 'operational',
    re: /\b(operat\w*|go live|up and running|run(ning)?|activate\w*|connect\w*|link(ing)? up|complet\w*|put into operation|launch(ing)? (the|a) (system|mechanism))\b|가동|운용|연결|運用|稼働|接続/gi,
  },
  { kind: 'exercise', re: /\b(drills?|exercises?|Freedom Edge)\b|훈련|訓練/gi },
  { kind: 'agreement', re: /\bsign(ing)?\b|체결|서명|締結|署名/gi },
  { kind: 'summit', re: /\bsummit\b|정상회의|정상회담|首脳会談|首脳会議/gi },
  { kind: 'meeting', re: /\b(meet|meeting|talks)\b|회담|회의|会談|会合/gi },
];

/** Present-tense words that, with a past date, state what happened ("Nov. 13, 2022: leaders agree…"). */
export const PRESENT_CUES: Cue[] = [
  { kind: 'decision', re: /\b(agrees?|decides?|commits?|pledges?|vows?)\b/gi },
  { kind: 'operational', re: /\b(goes live|begins? (operating|operations|sharing))\b/gi },
];

/** Intent words that make a future date a pledge rather than a forecast. */
export const INTENT = /\b(will|would|plan\w*|aim\w*|agreed to|vow\w*|pledg\w*|commit\w*|set to|expected to|intend\w*|decided to|by the end of|within)\b|하기로|예정|계획|방침|목표|予定|方針|目指|ことで一致/i;

export const hasAgreementNoun = (s: string) => AGREEMENT_NOUN.test(s);

/** Things an event is about, with the English phrase used in titles. Order = preference for titles. */
export const OBJECTS: { id: string; label: string; re: RegExp }[] = [
  {
    id: 'warning-system',
    label: 'combined missile-warning data system',
    re: /\b(combined|trilateral|connected|linked|joint|data[- ]sharing|warning)\b[^.]{0,40}\b(system|mechanism)\b|\b(system|mechanism)\b[^.]{0,40}\b(warning|data)\b|경보정보 ?(실시간 )?공유 ?체계|공유체계|警戒情報[^。]{0,12}(システム|仕組み)|共有システム/i,
  },
  {
    id: 'real-time-sharing',
    label: 'real-time sharing of missile-warning data',
    re: /\breal[- ]time\b|실시간|リアルタイム|即時/i,
  },
  {
    id: 'info-sharing-arrangement',
    label: 'trilateral information-sharing arrangement',
    re: /\binformation[- ]sharing (arrangement|agreement|pact)\b|\bTISA\b|정보공유 ?약정|情報共有(の)?(取り決め|取決め)/i,
  },
  {
    id: 'gsomia',
    label: 'GSOMIA intelligence pact',
    re: /\bGSOMIA\b|military information agreement|(military )?intelligence[- ]sharing (pact|agreement) with (Japan|South Korea|Seoul|Tokyo)|military intelligence[- ]sharing (pact|agreement)|군사정보보호협정|지소미아|軍事情報包括保護協定/i,
  },
  {
    id: 'security-framework',
    label: 'trilateral security cooperation framework',
    re: /\bsecurity cooperation framework\b|\binstitutionali[sz]\w*|\bTSCF\b|안보협력 ?프레임워크|안보협력 ?체계 ?제도화|安全保障協力(の)?枠組み/i,
  },
  { id: 'freedom-edge', label: 'Freedom Edge exercise', re: /\bFreedom Edge\b|프리덤 ?에지|フリーダム・エッジ/i },
  { id: 'missile-drill', label: 'missile-defence drill', re: /\bmissile[- ](defen[cs]e|warning|tracking) (drills?|exercises?)\b|미사일 ?(경보|방어) ?훈련|ミサイル(警戒|防衛)訓練/i },
];

export const PLACES: { label: string; re: RegExp }[] = [
  { label: 'Phnom Penh', re: /\bPhnom Penh\b|\bCambodia\b|프놈펜|캄보디아|プノンペン|カンボジア/i },
  { label: 'Singapore', re: /\bSingapore\b|\bShangri-La\b|싱가포르|샹그릴라|シンガポール|シャングリラ/i },
  { label: 'Camp David', re: /\bCamp David\b|캠프 ?데이비드|キャンプ・?デービッド/i },
  { label: 'Hiroshima', re: /\bHiroshima\b|히로시마|広島/i },
  { label: 'Jakarta', re: /\bJakarta\b|자카르타|ジャカルタ/i },
  { label: 'Tokyo', re: /\bin Tokyo\b|도쿄에서|東京で/i },
  { label: 'Seoul', re: /\bin Seoul\b|서울에서|ソウルで/i },
  { label: 'Washington', re: /\bin Washington\b|워싱턴에서|ワシントンで/i },
];

export const ACTORS: { label: string; re: RegExp }[] = [
  { label: 'South Korea', re: /\bSouth Korea\w*|\bS\. ?Korea|\bSeoul\b|\bROK\b|\bRepublic of Korea\b|\bYoon\b|\bLee Jong-sup\b|한국|한일|韓国|日韓|韓日|尹/ },
  { label: 'United States', re: /\bUnited States\b|\bU\.S\.|\bUS\b|\bWashington\b|\bAmerica\w*|\bBiden\b|\bAustin\b|\bPentagon\b|미국|米国|米/ },
  { label: 'Japan', re: /\bJapan\w*|\bTokyo\b|\bKishida\b|\bHamada\b|일본|한일|日本|日米|日韓|韓日/ },
];

/** Words saying all three allies took part. */
export const TRILATERAL = /\btrilateral\w*|\bthree (countries|nations|allies|leaders|sides|defen[cs]e|ministers|governments)\b|한미일|한·미·일|한\.미\.일|3국|日米韓|日韓米|3カ国|３カ国|三か国/i;

/**
 * Terms of the topic this lexicon was written for. A topic that lists one of them uses this lexicon's layer;
 * every other topic uses the generic one (extract.ts).
 */
export const LEXICON_TOPIC = /missile[- ]?(warning|data)|warning[- ]data|미사일 ?경보|경보정보|ミサイル(警戒|情報)/i;

export const NORTH_KOREA = /\bNorth Korea\w*|\bPyongyang\b|\bthe regime\b|\bDPRK\b|\bN\. ?Korea|북한|北朝鮮/i;

export const ROLES: { label: string; re: RegExp }[] = [
  { label: 'leaders', re: /\bleaders?\b|\bpresidents?\b|\bprime minister\b|\bsummit\b|정상|首脳/i },
  { label: 'defence ministers', re: /\bdefen[cs]e (minister|chief|secretar)\w*|\bShangri-La\b|국방장관|국방부 장관|防衛相|国防相|国防長官/i },
  { label: 'foreign ministers', re: /\bforeign minister\w*|\bsecretary of state\b|외교장관|外相|外務大臣|国務長官/i },
];

/** Photo captions and credits: never evidence. */
export const CAPTION = /\((left|right|center|centre|L|R|2nd from \w+)\)|\bpose[sd]? (for|before)\b|\bphoto\b|\(Yonhap\)\s*$|\bAFP\/|\bAP Photo\b|사진=|사진 제공|写真[:：=]|（写真）|\bfile photo\b/i;

/** Reporting that something might happen, or that others say it did. */
export const HEDGE = /\b(reportedly|may|might|could|possibly|rumou?red|sources said|speculat\w*)\b|것으로 알려졌다|전망|見通し|可能性/i;
