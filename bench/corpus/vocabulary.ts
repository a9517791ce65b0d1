/**
 * Words the synthetic reports are made of, English and Russian side by side.
 * Russian needs case forms the templates use: nominative (`nom`), genitive
 * (`gen`) and masculine adjectives (`adj`, `adjGen`). Places are real so that
 * the extractor's gazetteer recognizes them, as it would in real reports.
 */

export interface CityWords {
  en: string;
  ru: string;
  /** masculine adjective, nominative and genitive: Костанайский / Костанайского */
  adj: string;
  adjGen: string;
}

export interface CountryWords {
  code: string;
  en: string;
  /** English adjective: Kazakh, Kyrgyz */
  enAdj: string;
  ru: string;
  ruGen: string;
  adj: string;
  adjGen: string;
  cities: CityWords[];
}

const city = (en: string, ru: string, adj: string, adjGen: string): CityWords => ({ en, ru, adj, adjGen });

/** Ordered by how often they host events in the corpus (first = most). */
export const COUNTRIES: readonly CountryWords[] = [
  { code: 'KZ', en: 'Kazakhstan', enAdj: 'Kazakh', ru: 'Казахстан', ruGen: 'Казахстана', adj: 'Казахский', adjGen: 'Казахского', cities: [
    city('Astana', 'Астана', 'Астанинский', 'Астанинского'), city('Almaty', 'Алматы', 'Алматинский', 'Алматинского'),
    city('Kostanay', 'Костанай', 'Костанайский', 'Костанайского'), city('Pavlodar', 'Павлодар', 'Павлодарский', 'Павлодарского'),
    city('Karaganda', 'Караганда', 'Карагандинский', 'Карагандинского'), city('Shymkent', 'Шымкент', 'Шымкентский', 'Шымкентского')] },
  { code: 'RU', en: 'Russia', enAdj: 'Russian', ru: 'Россия', ruGen: 'России', adj: 'Российский', adjGen: 'Российского', cities: [
    city('Moscow', 'Москва', 'Московский', 'Московского'), city('Kazan', 'Казань', 'Казанский', 'Казанского'),
    city('Novosibirsk', 'Новосибирск', 'Новосибирский', 'Новосибирского'), city('Tomsk', 'Томск', 'Томский', 'Томского'),
    city('Yekaterinburg', 'Екатеринбург', 'Екатеринбургский', 'Екатеринбургского')] },
  { code: 'KG', en: 'Kyrgyzstan', enAdj: 'Kyrgyz', ru: 'Кыргызстан', ruGen: 'Кыргызстана', adj: 'Кыргызский', adjGen: 'Кыргызского', cities: [
    city('Bishkek', 'Бишкек', 'Бишкекский', 'Бишкекского'), city('Osh', 'Ош', 'Ошский', 'Ошского')] },
  { code: 'UZ', en: 'Uzbekistan', enAdj: 'Uzbek', ru: 'Узбекистан', ruGen: 'Узбекистана', adj: 'Узбекский', adjGen: 'Узбекского', cities: [
    city('Tashkent', 'Ташкент', 'Ташкентский', 'Ташкентского'), city('Samarkand', 'Самарканд', 'Самаркандский', 'Самаркандского'),
    city('Bukhara', 'Бухара', 'Бухарский', 'Бухарского')] },
  { code: 'BY', en: 'Belarus', enAdj: 'Belarusian', ru: 'Беларусь', ruGen: 'Беларуси', adj: 'Белорусский', adjGen: 'Белорусского', cities: [
    city('Minsk', 'Минск', 'Минский', 'Минского'), city('Grodno', 'Гродно', 'Гродненский', 'Гродненского'),
    city('Gomel', 'Гомель', 'Гомельский', 'Гомельского')] },
  { code: 'AM', en: 'Armenia', enAdj: 'Armenian', ru: 'Армения', ruGen: 'Армении', adj: 'Армянский', adjGen: 'Армянского', cities: [
    city('Yerevan', 'Ереван', 'Ереванский', 'Ереванского'), city('Gyumri', 'Гюмри', 'Гюмрийский', 'Гюмрийского')] },
  { code: 'TJ', en: 'Tajikistan', enAdj: 'Tajik', ru: 'Таджикистан', ruGen: 'Таджикистана', adj: 'Таджикский', adjGen: 'Таджикского', cities: [
    city('Dushanbe', 'Душанбе', 'Душанбинский', 'Душанбинского'), city('Khujand', 'Худжанд', 'Худжандский', 'Худжандского')] },
  { code: 'AZ', en: 'Azerbaijan', enAdj: 'Azerbaijani', ru: 'Азербайджан', ruGen: 'Азербайджана', adj: 'Азербайджанский', adjGen: 'Азербайджанского', cities: [
    city('Baku', 'Баку', 'Бакинский', 'Бакинского'), city('Ganja', 'Гянджа', 'Гянджинский', 'Гянджинского')] },
  { code: 'GE', en: 'Georgia', enAdj: 'Georgian', ru: 'Грузия', ruGen: 'Грузии', adj: 'Грузинский', adjGen: 'Грузинского', cities: [
    city('Tbilisi', 'Тбилиси', 'Тбилисский', 'Тбилисского'), city('Batumi', 'Батуми', 'Батумский', 'Батумского')] },
  { code: 'MN', en: 'Mongolia', enAdj: 'Mongolian', ru: 'Монголия', ruGen: 'Монголии', adj: 'Монгольский', adjGen: 'Монгольского', cities: [
    city('Ulaanbaatar', 'Улан-Батор', 'Улан-Баторский', 'Улан-Баторского')] },
  { code: 'MD', en: 'Moldova', enAdj: 'Moldovan', ru: 'Молдова', ruGen: 'Молдовы', adj: 'Молдавский', adjGen: 'Молдавского', cities: [
    city('Chisinau', 'Кишинёв', 'Кишинёвский', 'Кишинёвского')] },
  { code: 'RS', en: 'Serbia', enAdj: 'Serbian', ru: 'Сербия', ruGen: 'Сербии', adj: 'Сербский', adjGen: 'Сербского', cities: [
    city('Belgrade', 'Белград', 'Белградский', 'Белградского'), city('Novi Sad', 'Нови-Сад', 'Новисадский', 'Новисадского')] },
];

/** "named after" honorees: English, Russian genitive (имени …). */
export const EPONYMS: ReadonlyArray<readonly [string, string]> = [
  ['Abai', 'Абая'], ['Y. Altynsarin', 'Ы. Алтынсарина'], ['J. Balasagyn', 'Ж. Баласагына'], ['Nizami', 'Низами'],
  ['M. Tank', 'М. Танка'], ['Kh. Abovyan', 'Х. Абовяна'], ['S. Ayni', 'С. Айни'], ['I. Arabaev', 'И. Арабаева'],
  ['A. Baitursynuly', 'А. Байтурсынулы'], ['K. Ushinsky', 'К. Д. Ушинского'], ['L. Tolstoy', 'Л. Н. Толстого'],
  ['A. Makarenko', 'А. С. Макаренко'], ['Sh. Ualikhanov', 'Ш. Уалиханова'], ['M. Auezov', 'М. Ауэзова'],
  ['Al-Farabi', 'аль-Фараби'], ['Ch. Aitmatov', 'Ч. Айтматова'], ['I. Javakhishvili', 'И. Джавахишвили'],
  ['F. Skorina', 'Ф. Скорины'], ['K. Minin', 'К. Минина'], ['V. Sukhomlinsky', 'В. А. Сухомлинского'],
];

/** University and institute subject words: English, Russian adjective nominative / genitive (masculine). */
export const UNIVERSITY_KINDS: ReadonlyArray<readonly [string, string, string]> = [
  ['State Pedagogical University', 'государственный педагогический университет', 'государственного педагогического университета'],
  ['State University', 'государственный университет', 'государственного университета'],
  ['Regional University', 'региональный университет', 'регионального университета'],
  ['Pedagogical University', 'педагогический университет', 'педагогического университета'],
  ['National Pedagogical University', 'национальный педагогический университет', 'национального педагогического университета'],
  ['Humanitarian University', 'гуманитарный университет', 'гуманитарного университета'],
];

/** Institute fields: English, Russian genitive (Институт …). */
export const INSTITUTE_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['Teacher Education', 'педагогического образования'], ['Inclusive Education', 'инклюзивного образования'],
  ['Early Childhood Development', 'развития детства'], ['Educational Research', 'образовательных исследований'],
  ['Digital Learning', 'цифрового обучения'], ['School Leadership', 'школьного управления'],
  ['Vocational Education', 'профессионального образования'], ['Child Psychology', 'детской психологии'],
];

/** Foundation names in quotes: English, Russian. */
export const FOUNDATION_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['Open School', 'Открытая школа'], ['Future of Learning', 'Будущее обучения'], ['Bright Start', 'Светлый старт'],
  ['Teacher for All', 'Учитель для всех'], ['New Generation', 'Новое поколение'], ['Path to Knowledge', 'Путь к знаниям'],
  ['Children First', 'Дети прежде всего'], ['Learning Together', 'Учимся вместе'], ['Horizons', 'Горизонты'],
  ['Golden Key', 'Золотой ключик'], ['Growth Point', 'Точка роста'], ['Open Doors', 'Открытые двери'],
  ['Kind Hearts', 'Добрые сердца'], ['Wings', 'Крылья'], ['Beacon', 'Маяк'], ['Compass', 'Компас'],
  ['Steppe Lights', 'Огни степи'], ['Silk Road of Knowledge', 'Шёлковый путь знаний'], ['Harmony', 'Гармония'],
  ['Sunrise', 'Рассвет'], ['Rainbow', 'Радуга'], ['Our Future', 'Наше будущее'], ['Support', 'Опора'],
];

export interface FirstName {
  /** canonical English spelling first, then other transliterations */
  en: readonly string[];
  ru: string;
  female: boolean;
}

export const FIRST_NAMES: readonly FirstName[] = [
  { en: ['Peter', 'Petr', 'Pyotr'], ru: 'Пётр', female: false }, { en: ['Elena', 'Yelena'], ru: 'Елена', female: true },
  { en: ['Alexander', 'Aleksandr'], ru: 'Александр', female: false }, { en: ['Alexey', 'Aleksey', 'Alexei'], ru: 'Алексей', female: false },
  { en: ['Andrey', 'Andrei'], ru: 'Андрей', female: false }, { en: ['Anna'], ru: 'Анна', female: true },
  { en: ['Maria', 'Mariya'], ru: 'Мария', female: true }, { en: ['Olga'], ru: 'Ольга', female: true },
  { en: ['Natalia', 'Natalya'], ru: 'Наталья', female: true }, { en: ['Tatiana', 'Tatyana'], ru: 'Татьяна', female: true },
  { en: ['Irina'], ru: 'Ирина', female: true }, { en: ['Svetlana'], ru: 'Светлана', female: true },
  { en: ['Ekaterina', 'Yekaterina'], ru: 'Екатерина', female: true }, { en: ['Sergey', 'Sergei'], ru: 'Сергей', female: false },
  { en: ['Dmitry', 'Dmitri'], ru: 'Дмитрий', female: false }, { en: ['Mikhail'], ru: 'Михаил', female: false },
  { en: ['Ivan'], ru: 'Иван', female: false }, { en: ['Nikolay', 'Nikolai'], ru: 'Николай', female: false },
  { en: ['Vladimir'], ru: 'Владимир', female: false }, { en: ['Yury', 'Yuri'], ru: 'Юрий', female: false },
  { en: ['Igor'], ru: 'Игорь', female: false }, { en: ['Pavel'], ru: 'Павел', female: false },
  { en: ['Marina'], ru: 'Марина', female: true }, { en: ['Galina'], ru: 'Галина', female: true },
];

/** Surnames: English male, English female, Russian male, Russian female. */
export const SURNAMES: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Ivanov', 'Ivanova', 'Иванов', 'Иванова'], ['Petrov', 'Petrova', 'Петров', 'Петрова'], ['Smirnov', 'Smirnova', 'Смирнов', 'Смирнова'],
  ['Kuznetsov', 'Kuznetsova', 'Кузнецов', 'Кузнецова'], ['Sokolov', 'Sokolova', 'Соколов', 'Соколова'], ['Popov', 'Popova', 'Попов', 'Попова'],
  ['Lebedev', 'Lebedeva', 'Лебедев', 'Лебедева'], ['Kozlov', 'Kozlova', 'Козлов', 'Козлова'], ['Novikov', 'Novikova', 'Новиков', 'Новикова'],
  ['Morozov', 'Morozova', 'Морозов', 'Морозова'], ['Volkov', 'Volkova', 'Волков', 'Волкова'], ['Sultanov', 'Sultanova', 'Султанов', 'Султанова'],
  ['Akhmetov', 'Akhmetova', 'Ахметов', 'Ахметова'], ['Nurlanov', 'Nurlanova', 'Нурланов', 'Нурланова'], ['Abdullaev', 'Abdullaeva', 'Абдуллаев', 'Абдуллаева'],
  ['Karimov', 'Karimova', 'Каримов', 'Каримова'], ['Omarov', 'Omarova', 'Омаров', 'Омарова'], ['Bekov', 'Bekova', 'Беков', 'Бекова'],
  ['Grigoryan', 'Grigoryan', 'Григорян', 'Григорян'], ['Kazakov', 'Kazakova', 'Казаков', 'Казакова'], ['Orlov', 'Orlova', 'Орлов', 'Орлова'],
  ['Zhukov', 'Zhukova', 'Жуков', 'Жукова'], ['Frolov', 'Frolova', 'Фролов', 'Фролова'], ['Tokarev', 'Tokareva', 'Токарев', 'Токарева'],
  ['Mamedov', 'Mamedova', 'Мамедов', 'Мамедова'], ['Rakhimov', 'Rakhimova', 'Рахимов', 'Рахимова'], ['Yusupov', 'Yusupova', 'Юсупов', 'Юсупова'],
  ['Belov', 'Belova', 'Белов', 'Белова'], ['Zaitsev', 'Zaitseva', 'Зайцев', 'Зайцева'], ['Polozhevets', 'Polozhevets', 'Положевец', 'Положевец'],
];

/** Positions: English, Russian (lower case, followed by the organization in the genitive). */
export const ROLES: ReadonlyArray<readonly [string, string]> = [
  ['Rector', 'ректор'], ['Director', 'директор'], ['Executive Director', 'исполнительный директор'],
  ['Vice-Rector for Research', 'проректор по научной работе'], ['Head of the Department of Pedagogy', 'заведующий кафедрой педагогики'],
  ['Deputy Director', 'заместитель директора'], ['Professor', 'профессор'], ['Chair of the Board', 'председатель правления'],
];

export type EventKindKey = 'round table' | 'conference' | 'seminar' | 'forum';

/** Event kinds: English, Russian "International …" nominative, genitive, and the Russian verb "was held" agreeing with it. */
export const EVENT_KINDS: ReadonlyArray<{ key: EventKindKey; en: string; ru: string; ruGen: string; held: string }> = [
  { key: 'round table', en: 'Round Table', ru: 'Международный круглый стол', ruGen: 'круглого стола', held: 'прошёл' },
  { key: 'conference', en: 'Conference', ru: 'Международная конференция', ruGen: 'конференции', held: 'прошла' },
  { key: 'seminar', en: 'Seminar', ru: 'Международный семинар', ruGen: 'семинара', held: 'прошёл' },
  { key: 'forum', en: 'Forum', ru: 'Международный форум', ruGen: 'форума', held: 'прошёл' },
];

/** Event title halves: English, Russian. Titles are "First: second". */
export const TITLE_FIRST: ReadonlyArray<readonly [string, string]> = [
  ['Inclusive School', 'Инклюзивная школа'], ['Teacher of the Future', 'Учитель будущего'], ['Digital Classroom', 'Цифровой класс'],
  ['Well-being at School', 'Благополучие в школе'], ['Education Without Borders', 'Образование без границ'],
  ['Childhood Matters', 'Детство имеет значение'], ['Learning Communities', 'Обучающиеся сообщества'],
  ['School and Family', 'Школа и семья'], ['Rural School Today', 'Сельская школа сегодня'], ['Open Education', 'Открытое образование'],
  ['New Literacy', 'Новая грамотность'], ['Education for Sustainable Future', 'Образование для устойчивого будущего'],
];
export const TITLE_SECOND: ReadonlyArray<readonly [string, string]> = [
  ['Practices and Partners', 'практики и партнёры'], ['Modern Trends', 'современные тенденции'],
  ['Experience of Eurasian Countries', 'опыт стран Евразии'], ['From Research to Practice', 'от исследований к практике'],
  ['Challenges and Solutions', 'вызовы и решения'], ['A Shared Agenda', 'общая повестка'], ['Lessons Learned', 'извлечённые уроки'],
];

/** Topic phrases the curated taxonomy recognizes: English, Russian. */
export const TOPIC_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['inclusive education', 'инклюзивное образование'], ['teacher training', 'подготовку педагогов'],
  ['psychological well-being of children', 'психологическое благополучие детей'], ['parental engagement', 'вовлечение родителей'],
  ['social and emotional learning', 'социально-эмоциональное развитие'], ['professional learning communities', 'профессиональные обучающиеся сообщества'],
  ['emotional resilience of teachers', 'эмоциональную устойчивость педагогов'], ['digital learning', 'цифровое обучение'],
  ['early childhood education', 'дошкольное образование'], ['education quality', 'качество образования'],
  ['school leadership', 'школьное управление'], ['lifelong learning', 'непрерывное образование'],
  ['bullying prevention', 'профилактику буллинга'], ['career guidance', 'профориентацию'], ['functional literacy', 'функциональную грамотность'],
];

/** Taxonomy ids of TOPIC_PHRASES, index for index (seed/data/taxonomy.yaml). */
export const TOPIC_IDS: readonly string[] = [
  'topic:inclusive-education', 'topic:teacher-training', 'topic:psychological-well-being', 'topic:parental-engagement',
  'topic:social-emotional-learning', 'topic:professional-learning-communities', 'topic:educator-emotional-resilience',
  'topic:digital-education', 'topic:early-childhood-education', 'topic:education-quality', 'topic:school-leadership',
  'topic:lifelong-learning', 'topic:bullying-prevention', 'topic:career-guidance', 'topic:literacy',
];

/** Practice names: English, Russian. */
export const PRACTICES: ReadonlyArray<readonly [string, string]> = [
  ['Peer Mentoring for Young Teachers', 'Наставничество для молодых педагогов'], ['School of Parents', 'Школа родителей'],
  ['Resource Classroom', 'Ресурсный класс'], ['Emotional Intelligence Lessons', 'Уроки эмоционального интеллекта'],
  ['Teacher Research Lab', 'Лаборатория педагога-исследователя'], ['Reading Circles', 'Читательские круги'],
  ['Digital Portfolio', 'Цифровое портфолио'], ['Safe School Map', 'Карта безопасной школы'], ['Lesson Study', 'Исследование урока'],
];

export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** genitive (12 марта) */
export const MONTHS_RU_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
/** prepositional (в марте) */
export const MONTHS_RU_PREP = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];

/** Sentences without entities that make a report as long as real ones. */
export const FILLER_EN = [
  'The participants noted the importance of long-term cooperation between schools, universities and families.',
  'Much attention was paid to the exchange of experience and to the support of young teachers.',
  'The speakers emphasized that every child should feel safe and valued at school.',
  'Working groups prepared recommendations for education authorities and school principals.',
  'At the end of the event, the participants agreed to continue the dialogue next year.',
  'Practical sessions allowed teachers to try the methods in small groups.',
];
export const FILLER_RU = [
  'Участники отметили важность долгосрочного сотрудничества школ, университетов и семей.',
  'Большое внимание было уделено обмену опытом и поддержке молодых учителей.',
  'Выступающие подчеркнули, что каждый ребёнок должен чувствовать себя в школе в безопасности.',
  'Рабочие группы подготовили рекомендации для органов управления образованием и директоров школ.',
  'По итогам мероприятия участники договорились продолжить диалог в следующем году.',
];

/** Surname roots and endings (English, Russian) that multiply SURNAMES into thousands of names. */
export const SURNAME_ROOTS: ReadonlyArray<readonly [string, string]> = [
  ['Abdul', 'Абдул'], ['Bek', 'Бек'], ['Nur', 'Нур'], ['Kasym', 'Касым'], ['Tur', 'Тур'], ['Zhan', 'Жан'], ['Serik', 'Серик'],
  ['Murat', 'Мурат'], ['Karab', 'Караб'], ['Tal', 'Тал'], ['Dos', 'Дос'], ['Ashim', 'Ашим'], ['Bay', 'Бай'], ['Zhum', 'Жум'],
  ['Yerm', 'Ерм'], ['Kal', 'Кал'], ['Sar', 'Сар'], ['Tokt', 'Токт'], ['Mamat', 'Мамат'], ['Rakhm', 'Рахм'], ['Grom', 'Гром'],
  ['Vasil', 'Васил'], ['Fedot', 'Федот'], ['Gusev', 'Гусев'], ['Borod', 'Бород'], ['Lapt', 'Лапт'], ['Shest', 'Шест'], ['Kulik', 'Кулик'],
  ['Rybak', 'Рыбак'], ['Osip', 'Осип'], ['Yermek', 'Ермек'], ['Aidar', 'Айдар'], ['Bolat', 'Болат'], ['Daulet', 'Даулет'],
  ['Erlan', 'Ерлан'], ['Galym', 'Галым'], ['Kanat', 'Канат'], ['Marat', 'Марат'], ['Nurlan', 'Нурлан'], ['Ruslan', 'Руслан'],
];
/** English male, English female, Russian male, Russian female endings. */
export const SURNAME_ENDINGS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['ov', 'ova', 'ов', 'ова'], ['in', 'ina', 'ин', 'ина'], ['bekov', 'bekova', 'беков', 'бекова'],
  ['aliev', 'alieva', 'алиев', 'алиева'], ['enko', 'enko', 'енко', 'енко'], ['uly', 'kyzy', 'улы', 'кызы'],
];
