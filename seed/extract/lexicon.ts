import type { OrganizationKind } from '../extraction.ts';

/**
 * Words the rules key on. These describe how organizations, titles and events
 * are named in general; nothing here is specific to one report.
 */

/** English head nouns of organization names and the kind each implies. */
export const EN_ORG_HEADS: Record<string, OrganizationKind> = {
  university: 'university',
  academy: 'academy',
  institute: 'institute',
  foundation: 'foundation',
  fund: 'foundation',
  ministry: 'ministry',
  school: 'school',
  lyceum: 'school',
  gymnasium: 'school',
  college: 'school',
  kindergarten: 'school',
  centre: 'other',
  center: 'other',
  office: 'other',
  agency: 'other',
  council: 'other',
  committee: 'other',
  department: 'other',
  administration: 'other',
  association: 'ngo',
  society: 'ngo',
  union: 'ngo',
  alliance: 'ngo',
  coalition: 'ngo',
  movement: 'ngo',
  network: 'ngo',
  federation: 'ngo',
  consortium: 'ngo',
  organization: 'ngo',
  organisation: 'ngo',
  bureau: 'other',
  service: 'other',
  commission: 'other',
  chamber: 'other',
  library: 'other',
  museum: 'other',
  partnership: 'other',
  bank: 'other',
  government: 'other',
  cabinet: 'other',
  presidency: 'other',
  municipality: 'other',
  governorship: 'other',
  governorate: 'other',
  parliament: 'other',
  embassy: 'other',
  branch: 'other',
  faculty: 'other',
  trust: 'foundation',
  company: 'other',
  corporation: 'other',
  llc: 'other',
  ltd: 'other',
  jsc: 'other',
  secretariat: 'other',
  delegation: 'other',
  mission: 'other',
  representation: 'other',
  directorate: 'other',
  inspectorate: 'other',
  authority: 'other',
  board: 'other',
  laboratory: 'other',
  lab: 'other',
  observatory: 'other',
  polytechnic: 'university',
  conservatory: 'university',
  conservatoire: 'university',
  consulate: 'other',
  initiative: 'ngo',
  platform: 'other',
  club: 'ngo',
  institution: 'other',
  assembly: 'other',
  senate: 'other',
  duma: 'other',
  hub: 'other',
  // Heads of Indian institutions' names, kept in English text as written ("Amrita Vishwa Vidyapeetham", "Kendriya Vidyalaya").
  vidyapeetham: 'university',
  vidyapeeth: 'university',
  vidyapith: 'university',
  vishwavidyalaya: 'university',
  mahavidyalaya: 'school',
  vidyalaya: 'school',
  sansthan: 'institute',
  samiti: 'other',
  sangathan: 'other',
  parishad: 'other',
  // "Åbo Akademi University" aside, Nordic names keep it alone ("Åbo Akademi").
  akademi: 'academy',
  // Names kept in their own language, head first ("Universidad de Chile", "Université de Montréal", "Jamia Millia Islamia").
  universidad: 'university',
  universidade: 'university',
  université: 'university',
  universität: 'university',
  università: 'university',
  universitas: 'university',
  universiti: 'university',
  universitatea: 'university',
  uniwersytet: 'university',
  univerzita: 'university',
  univerzitet: 'university',
  jamia: 'university',
  instituto: 'institute',
  istituto: 'institute',
  escuela: 'school',
  colegio: 'school',
  liceo: 'school',
  lycée: 'school',
  fundación: 'foundation',
  fundação: 'foundation',
  fondation: 'foundation',
};

/** Heads that open a name in its own language, the name words following them ("Universidad Nacional de Colombia"). */
export const HEAD_FIRST = /^(?:Universidad|Universidade|Université|Universität|Università|Universitas|Universiti|Universitatea|Uniwersytet|Univerzita|Univerzitet|Jamia|Instituto|Istituto|Escuela|Colegio|Liceo|Lycée|Fundación|Fundação|Fondation)$/u;
/** The small words inside such a name: "de", "del", "de la", "do", "da", "di", "della", "des", "du", "y", "e", "für". */
export const HEAD_FIRST_CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'do', 'da', 'dos', 'das', 'di', 'della', 'delle', 'degli', 'des', 'du', 'y', 'e', 'für', 'der', 'et']);

/** Russian head nouns as stems (any case ending follows) with the English head they translate. */
export const RU_ORG_HEADS: Array<[stem: string, enHead: string]> = [
  ['университет', 'university'],
  ['академи', 'academy'],
  ['институт', 'institute'],
  ['фонд', 'foundation'],
  ['министерств', 'ministry'],
  ['школ', 'school'],
  ['лице', 'lyceum'],
  ['гимнази', 'gymnasium'],
  ['колледж', 'college'],
  ['центр', 'centre'],
  ['бюро', 'bureau'],
  ['агентств', 'agency'],
  ['комитет', 'committee'],
  ['департамент', 'department'],
  ['ассоциаци', 'association'],
  ['общественн объединени', 'association'],
  ['объединени', 'association'],
  ['движени', 'movement'],
  ['союз', 'union'],
  ['управлени', 'department'],
  ['представительств', 'office'],
  ['кафедр', 'department'],
  ['факультет', 'faculty'],
  ['филиал', 'branch'],
  ['офис', 'office'],
  ['профсоюз', 'union'],
  ['правительств', 'government'],
  ['кабинет', 'cabinet'],
  ['банк', 'bank'],
  ['совет', 'council'],
  ['комисси', 'commission'],
  ['обществ', 'society'],
  ['федераци', 'federation'],
  ['служб', 'service'],
  ['посольств', 'embassy'],
  ['консульств', 'consulate'],
  ['сад', 'kindergarten'],
  ['организаци', 'organization'],
  ['акимат', 'administration'],
  ['хокимият', 'administration'],
  ['библиотек', 'library'],
  ['музе', 'museum'],
  ['парламент', 'parliament'],
  ['секретариат', 'secretariat'],
  ['дирекци', 'directorate'],
  ['инспекци', 'inspectorate'],
  ['консорциум', 'consortium'],
  ['альянс', 'alliance'],
  ['корпораци', 'corporation'],
  ['компани', 'company'],
  ['лаборатори', 'laboratory'],
  ['издательств', 'company'],
  ['ассамбле', 'assembly'],
  ['палат', 'chamber'],
  ['курултай', 'parliament'],
  ['меджлис', 'parliament'],
  ['хурал', 'parliament'],
  ['училищ', 'college'],
  ['техникум', 'college'],
  ['консерватори', 'conservatory'],
  ['клуб', 'club'],
  ['холдинг', 'company'],
  ['отдел', 'department'],
];

/** Russian words of organization names with the English word they translate, so EN and RU names compare. */
export const RU_ORG_WORDS: Array<[stem: string, en: string]> = [
  ['национальн', 'national'],
  ['государственн', 'state'],
  ['педагогическ', 'pedagogical'],
  ['региональн', 'regional'],
  ['международн', 'international'],
  ['образовани', 'education'],
  ['просвещени', 'education'],
  ['наук', 'science'],
  ['педагогик', 'pedagogy'],
  ['развити', 'development'],
  ['детств', 'childhood'],
  ['раннего', 'early'],
  ['федеральн', 'federal'],
  ['технологи', 'technologies'],
  ['информационн', 'information'],
  ['благотворительн', 'charitable'],
  ['российск', 'russian'],
  ['кыргызск', 'kyrgyz'],
  ['казахск', 'kazakh'],
  ['казахстанск', 'kazakhstan'],
  ['высш', 'higher'],
  ['экономическ', 'economic'],
  ['медицинск', 'medical'],
  ['технологическ', 'technological'],
  ['техническ', 'technical'],
  ['гуманитарн', 'humanitarian'],
  ['региональн', 'regional'],
];

/** Lower-case words that may precede a head inside a name ("charity foundation", "public fund"). */
export const ORG_MODIFIERS = new Set(['charity', 'charitable', 'public', 'non-profit', 'nonprofit', 'non-governmental', 'private', 'educational', 'regional', 'national', 'international', 'state', 'municipal', 'federal']);

/** Modifiers that translations add or drop freely; ignored when comparing names. */
export const NOISE_NAME_WORDS = new Set(['charity', 'charitable', 'public', 'non-profit', 'nonprofit', 'non-governmental', 'некоммерческ', 'общественн']);

/** Adjectives that describe rather than name; a capitalised run before them may be an eponym ("Alkey Margulan Pavlodar Pedagogical University"). */
export const ORG_DESCRIPTORS = new Set(['national', 'state', 'regional', 'pedagogical', 'technical', 'medical', 'international', 'federal', 'agrarian', 'technological', 'economic', 'polytechnic', 'humanitarian', 'linguistic', 'municipal', 'public', 'city', 'republican', 'research', 'open', 'academic', 'scientific']);

/** Function words inside names; ignored when comparing. */
export const NAME_FUNCTION_WORDS = new Set(['of', 'the', 'for', 'in', 'on', 'at', 'and', 'named', 'after', 'de', 'to', '&', 'a', 'an', 'имени', 'им', 'и', 'по', 'в', 'на', 'при', 'для']);

/** Capitalised words that start sentences or phrases but never begin a name. */
export const CAPITALIZED_STOPWORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'with', 'and', 'or', 'but', 'as', 'this', 'that', 'these', 'those',
  'during', 'after', 'before', 'also', 'moreover', 'however', 'since', 'when', 'while', 'within', 'under', 'over', 'all', 'some', 'our', 'their',
  'its', 'his', 'her', 'we', 'they', 'it', 'he', 'she', 'there', 'here', 'experts', 'participants', 'representatives', 'members', 'specialists',
  'both', 'each', 'every', 'several', 'many', 'more', 'most', 'other', 'such', 'what', 'which', 'who', 'how', 'why', 'where', 'then', 'thus',
  'today', 'yesterday', 'tomorrow', 'last', 'next', 'first', 'second', 'third', 'one', 'two', 'three', 'four', 'five', 'between', 'among',
  'through', 'about', 'around', 'into', 'upon', 'throughout', 'following', 'according', 'dear', 'mr', 'mrs', 'ms', 'is', 'was', 'were', 'are',
  'later', 'earlier', 'finally', 'meanwhile', 'afterwards', 'subsequently', 'additionally', 'furthermore', 'recently', 'previously', 'currently',
  'eventually', 'similarly', 'likewise', 'notably', 'overall', 'again', 'now', 'soon',
  'в', 'на', 'по', 'с', 'со', 'к', 'о', 'об', 'от', 'до', 'для', 'и', 'а', 'но', 'как', 'это', 'этот', 'эта', 'эти', 'также', 'при', 'из', 'за',
  'участники', 'эксперты', 'представители', 'специалисты', 'мы', 'они', 'он', 'она', 'в ходе', 'кроме', 'итоги', 'цели', 'среди',
]);

export const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Russian month stems: январ-ь/я/е… */
export const RU_MONTH_STEMS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

/** Position titles, longest first so "Executive Director" wins over "Director". */
export const EN_TITLES = [
  'Chief Executive Officer', 'Executive Director', 'Deputy Director', 'Director General', 'Director-General', 'Managing Director',
  'General Director', 'Programme Director', 'Program Director', 'Scientific Director', 'Vice-Rector', 'Vice Rector', 'Pro-Rector',
  // The heads of universities in the British and Indian tradition.
  'Pro-Vice-Chancellor', 'Vice-Chancellor', 'Vice Chancellor', 'Chancellor', 'Registrar', 'Provost',
  'Vice-President', 'Vice President', 'Deputy Minister', 'Vice Minister', 'Corresponding Member', 'Full Member', 'Associate Professor',
  'Assistant Professor', 'Secretary General', 'Secretary-General', 'Executive Secretary', 'Programme Specialist', 'Program Specialist',
  'Senior Researcher', 'Senior Lecturer', 'Head of Department', 'Deputy Head', 'Co-founder', 'Chairwoman', 'Chairman', 'Chairperson',
  'Director', 'Rector', 'President', 'Chair', 'Head', 'Dean', 'Professor', 'Minister', 'Academician', 'Member', 'Coordinator',
  'Specialist', 'Manager', 'Founder', 'Secretary', 'CEO', 'Researcher', 'Lecturer', 'Principal', 'Advisor', 'Adviser', 'Consultant',
  'Ambassador', 'Representative', 'Chief', 'Officer', 'Expert', 'Psychologist', 'Teacher', 'Methodologist', 'Editor', 'Moderator',
];

/** Russian titles as stems (case endings follow). */
export const RU_TITLES = [
  'исполнительн директор', 'генеральн директор', 'заместител директор', 'заместител министр', 'научн руководител', 'член-корреспондент',
  'научн сотрудник', 'директор', 'ректор', 'проректор', 'президент', 'вице-президент', 'председател', 'руководител', 'заведующ', 'декан',
  'профессор', 'доцент', 'министр', 'академик', 'координатор', 'эксперт', 'менеджер', 'основател', 'учредител', 'советник', 'представител',
  'специалист', 'методист', 'психолог', 'модератор', 'член', 'депутат', 'сенатор',
];

/** Event kinds: English phrase (canonical), its English pattern and Russian stem pattern. */
export const EVENT_KINDS: Array<{ kind: string; en: string; ru: string }> = [
  { kind: 'round table', en: 'round[- ]?tables?', ru: 'кругл\\p{L}*\\s+стол\\p{L}*' },
  { kind: 'summer school', en: 'summer schools?', ru: 'летн\\p{L}*\\s+(?:\\p{L}+(?:ая|ой|ую)\\s+)?школ\\p{L}*' },
  { kind: 'winter school', en: 'winter schools?', ru: 'зимн\\p{L}*\\s+школ\\p{L}*' },
  { kind: 'spring school', en: 'spring schools?', ru: 'весенн\\p{L}*\\s+школ\\p{L}*' },
  { kind: 'autumn school', en: 'autumn schools?|fall schools?', ru: 'осенн\\p{L}*\\s+школ\\p{L}*' },
  { kind: 'panel discussion', en: 'panel discussions?', ru: 'панельн\\p{L}*\\s+дискусси\\p{L}*' },
  { kind: 'strategic session', en: 'strategic sessions?', ru: 'стратегическ\\p{L}*\\s+сесси\\p{L}*' },
  { kind: 'master class', en: 'master[- ]?class(?:es)?', ru: 'мастер-класс\\p{L}*' },
  { kind: 'conference', en: 'conferences?', ru: 'конференци\\p{L}*' },
  { kind: 'seminar', en: 'seminars?', ru: 'семинар\\p{L}*' },
  { kind: 'forum', en: 'forums?|fora', ru: 'форум\\p{L}*' },
  { kind: 'workshop', en: 'workshops?', ru: 'воркшоп\\p{L}*|практикум(?:а|е|у|ом|ы|ов)?(?![\\p{L}])' },
  { kind: 'webinar', en: 'webinars?', ru: 'вебинар\\p{L}*' },
  { kind: 'congress', en: 'congress(?:es)?', ru: 'конгресс\\p{L}*|съезд(?:а|е|у|ом|ы|ов)?(?![\\p{L}])' },
  { kind: 'assembly', en: 'assembl(?:y|ies)|conventions?', ru: 'ассамбле\\p{L}*' },
  // «Педагогические чтения», «Ломоносовские чтения»: the Russian academic readings, always with an adjective.
  { kind: 'readings', en: 'pedagogical readings', ru: '(?<=\\p{L}(?:ие|их|иям|иях)\\s)чтени(?:я|й|ям|ях)(?![\\p{L}])' },
  { kind: 'intensive', en: 'intensives?', ru: 'интенсив(?:а|е|у|ом|ы|ов)?(?![\\p{L}])' },
  { kind: 'hearings', en: 'public hearings?', ru: 'слушани(?:я|й|ях|ям)(?![\\p{L}])' },
  { kind: 'symposium', en: 'symposi(?:um|a|ums)', ru: 'симпозиум\\p{L}*' },
  { kind: 'summit', en: 'summits?', ru: 'саммит\\p{L}*' },
  { kind: 'festival', en: 'festivals?', ru: 'фестивал\\p{L}*' },
  { kind: 'competition', en: 'competitions?|contests?', ru: 'конкурс\\p{L}*' },
  { kind: 'olympiad', en: 'olympiads?', ru: 'олимпиад\\p{L}*' },
  { kind: 'exhibition', en: 'exhibitions?|expos?', ru: 'выставк\\p{L}*' },
  { kind: 'hackathon', en: 'hackathons?', ru: 'хакатон\\p{L}*' },
  { kind: 'side event', en: 'side[- ]events?', ru: '(?:сопутствующ|параллельн)\\p{L}*\\s+мероприяти\\p{L}*' },
  { kind: 'bootcamp', en: 'boot ?camps?', ru: 'буткемп\\p{L}*' },
  { kind: 'camp', en: '(?:summer |winter |STEM |science |language |youth |leadership )?camps?', ru: '(?:летн|зимн|профильн|образовательн)\\p{L}*\\s+(?:смен\\p{L}*|лагер\\p{L}*)' },
  { kind: 'dialogue', en: 'dialogues?|dialogs?', ru: 'диалог(?:а|е|у|ом|и)?(?![\\p{L}])' },
  { kind: 'colloquium', en: 'colloqui(?:um|a|ums)', ru: 'коллоквиум\\p{L}*' },
  { kind: 'tournament', en: 'tournaments?', ru: 'турнир\\p{L}*' },
  { kind: 'championship', en: 'championships?', ru: 'чемпионат\\p{L}*' },
  { kind: 'marathon', en: 'marathons?', ru: 'марафон\\p{L}*' },
  { kind: 'fair', en: '(?:job|jobs|career|careers|education|book|science|university|innovation) fairs?', ru: 'ярмарк\\p{L}*' },
  { kind: 'rally', en: 'jamborees?', ru: 'сл[её]т(?:а|е|у|ом|ы|ов)?(?![\\p{L}])' },
  { kind: 'ceremony', en: '(?:award|awards|graduation|opening|closing|signing) ceremon(?:y|ies)', ru: 'церемони\\p{L}*' },
  { kind: 'training', en: 'training courses?|trainings?', ru: 'тренинг\\p{L}*' },
  { kind: 'internship', en: 'internships?|job[- ]shadowing', ru: 'стажировк\\p{L}*' },
  { kind: 'lecture', en: 'lectures?', ru: 'лекци\\p{L}*' },
  { kind: 'meeting', en: 'meetings?', ru: 'совещани\\p{L}*|встреч[аиеу]' },
  { kind: 'consultation', en: 'consultations?', ru: 'консультаци[ия]' },
  { kind: 'study visit', en: 'study visits?|study tours?|field visits?', ru: 'учебн\\p{L}*\\s+визит\\p{L}*|ознакомительн\\p{L}*\\s+визит\\p{L}*' },
  { kind: 'roadshow', en: 'roadshows?', ru: 'роуд-?шоу' },
  { kind: 'session', en: 'sessions?', ru: 'сесси[ияю]' },
  { kind: 'panel', en: 'panels?', ru: 'панел[ьия]' },
  { kind: 'section', en: 'thematic sections?|parallel sections?', ru: 'секци[ияю]' },
  { kind: 'track', en: 'online tracks?|tracks?', ru: 'онлайн-трек\\p{L}*|трек[аеу]?' },
  { kind: 'round', en: 'online rounds?|qualifying rounds?|final rounds?', ru: 'отборочн\\p{L}*\\s+тур\\p{L}*|заключительн\\p{L}*\\s+тур\\p{L}*|финальн\\p{L}*\\s+тур\\p{L}*' },
  // "STEM Education Days 2026", "Nordic Teacher Days": a gathering named by its days; only with a name, never "two days".
  { kind: 'days', en: 'days', ru: '(?!)' },
  // «Тотальный диктант», "the International Dictation": a dictation written the same day by many.
  { kind: 'dictation', en: 'dictations?', ru: 'диктант(?:а|е|у|ом|ы|ов)?(?![\\p{L}])' },
  { kind: 'open lesson', en: 'open lessons?|demonstration lessons?', ru: 'открыт\\p{L}*\\s+урок\\p{L}*' },
];

/** Words that refer back to "the event" of the report. */
export const EN_EVENT_REFERENCE = /\b(?:the|this|that)\s+(?:(?:international|regional|national|whole|entire)\s+)?events?\b/gi;
export const RU_EVENT_REFERENCE = /(?<![\p{L}])мероприяти\p{L}*/giu;

/** People a practice is for. English and Russian forms. */
export const AUDIENCE_WORDS: Array<[pattern: RegExp, label: string]> = [
  [/\bchildren(?: (?:of|aged) \d+ to \d+(?: years(?: of age)?)?)?|\bkids\b/i, 'children'],
  [/\badolescents?\b|\bteenagers?\b|\byouth\b/i, 'adolescents'],
  [/\bstudents?\b|\bpupils?\b|\blearners?\b|\bschoolchildren\b/i, 'students'],
  [/\bteach(?:ers|ing staff)\b|\beducators?\b|\bfaculty members\b|\bteacher\b/i, 'teachers'],
  [/\bparents?\b|\bfamil(?:y|ies)\b/i, 'parents'],
  [/\bmanagers\b|\bprincipals\b|\bschool leaders\b|\badministrators\b/i, 'school managers'],
  [/дет(?:и|ей|ям|ьми)|дошкольник/iu, 'children'],
  [/подрост(?:ки|ков|кам)/iu, 'adolescents'],
  [/учащ\p{L}+|школьник\p{L}*|студент\p{L}*|обучающ\p{L}+/iu, 'students'],
  [/педагог\p{L}*|учител\p{L}*|преподавател\p{L}*/iu, 'teachers'],
  [/родител\p{L}*|семь[иеяю]/iu, 'parents'],
  [/руководител\p{L}*|директор\p{L}* школ/iu, 'school managers'],
];

/** A word that names a post: "Director", "Vice-Rector", "lecturer", "Officer", «специалист», «заведующая». */
export const POST_WORD = /^(?:(?:vice|deputy|acting|senior|chief|first|associate|assistant)[-\s]?)?(?:\p{L}+(?:or|er|ist|ent|ant|ian|ary|officer|head|dean|chair|chairperson|minister|principal|coordinator|lead|manager|secretary|expert|fellow|member|adviser|advisor|lecturer|teacher|trainer|methodologist|analyst|representative|specialist)s?|head|dean|chair|rector|minister|principal|expert|fellow|member|teacher|trainer|head|registrar|provost)$|^(?:директор|ректор|проректор|декан|руководител|заведующ|специалист|эксперт|сотрудник|преподавател|учител|методист|координатор|советник|министр|заместител|председател|представител|глав|началь|доцент|профессор|старш|ведущ|менеджер|аналитик|консультант|член|исследовател|научн|(?:вице-)?президент|учени[кц]|студент|школьни[кц]|победител|призёр|призер|лауреат|воспитател|тьютор|наставни[кц]|логопед|магистрант|аспирант|докторант|депутат|сенатор)\p{L}*$|^(?:педагог|психолог|дефектолог)(?:и|а|у|ом|е|ов|ам|ами|ах)?$/iu;

/** Words that open a region's name and never a person's ("Central Asian", "Eastern Partnership"). */
export const REGION_WORDS = new Set(['central', 'eastern', 'western', 'northern', 'southern', 'south', 'north', 'east', 'west', 'asian', 'european', 'african', 'caucasian', 'baltic', 'nordic', 'pacific', 'arab', 'latin', 'academic', 'affairs', 'education', 'science', 'research', 'development', 'school', 'cooperation']);

/** After a town: it received the event ("Lima hosted the seminar", «Томск принял форум»). */
export const TOWN_HOSTS_AFTER = /^\s+(?:hosted|hosts|is\s+hosting|will\s+host|welcomed|welcomes|принял[аи]?|примет|принимал[аи]?)(?!\p{L})/iu;

/** Words that make an event held nowhere in particular ("online symposium", «онлайн-форум», «дистанционный тур»). */
export const ONLINE_WORD = '(?:online|virtual|web-?based|webinar|онлайн|вебинар|дистанционн\\p{L}*|виртуальн\\p{L}*)';
export const ONLINE = new RegExp(`(?<!\\p{L})${ONLINE_WORD}(?!\\p{L})`, 'iu');

/** «Петрович», "Petrović": a word in -ович/-евич is a surname or patronymic, so a town's name right before it is a given name. */
export const PATRONYMIC_SHAPED = /^\p{Lu}\p{Ll}+(?:ович|евич|ovic|ović|evic|ević)$/u;

/**
 * Abbreviations common in education reports that name no body: standards,
 * exams, kinds of schooling, learners' needs («детей с ОВЗ», «ФГОС», "ICT").
 * An acronym after a unit's name is taken for its parent's unless it is one of these.
 */
export const NOT_A_BODY_ACRONYM = /^(?:ОВЗ|ИКТ|ЕГЭ|ОГЭ|ГИА|ВПР|ФГОС|СПО|ВПО|ДПО|ДОО|ООП|АООП|ИОМ|ИПР|ИИ|СМИ|НИР|НИОКР|ЦОР|ЭОР|РКИ|ПМПК|ICT|IT|AI|STEM|STEAM|TVET|ECE|ECCE|SEN|SEND|MOOC|SDG|SDGs|CPD|ESD|EFL|ESL|MIL|PhD)$/u;
