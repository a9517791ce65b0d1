import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listReportFiles, parseReport, readReportFile, ReportInputError } from '../../seed/index.ts';
import { SEED_001 } from './helpers.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'edugraph-read-'));
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, content);
  return p;
}

async function failure(p: Promise<unknown>): Promise<ReportInputError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ReportInputError);
  return e as ReportInputError;
}

describe('reading reports', () => {
  it('reports a missing file with a one-line message naming it', async () => {
    const e = await failure(readReportFile(join(dir, 'nope.txt')));
    expect(e.code).toBe('MISSING_FILE');
    expect(e.message).toContain('nope.txt');
    expect(e.message).not.toContain('\n');
  });

  it('rejects a directory that holds no reports', async () => {
    const empty = join(dir, 'empty-dir');
    await mkdir(empty);
    await file('empty-dir/../notes.json', '{}');
    const e = await failure(listReportFiles([empty]));
    expect(e.code).toBe('NO_REPORTS_IN_DIRECTORY');
    expect(e.message).toMatch(/empty-dir: directory contains no reports; add files ending in/);
  });

  it('rejects an empty file', async () => {
    const e = await failure(readReportFile(await file('empty.txt', '')));
    expect(e.code).toBe('EMPTY_FILE');
  });

  it('rejects a file whose text is only boilerplate as empty', async () => {
    const e = await failure(readReportFile(await file('share.txt', 'Share\n\nНазад\n')));
    expect(e.code).toBe('EMPTY_FILE');
  });

  it('rejects a binary file', async () => {
    const e = await failure(readReportFile(await file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]))));
    expect(e.code).toBe('BINARY_FILE');
    expect(e.message).toMatch(/image\.txt: file is binary/);
  });

  it('rejects a file over the size limit and says how to fix it', async () => {
    const e = await failure(readReportFile(await file('big.txt', 'word '.repeat(400)), { maxBytes: 1000 }));
    expect(e.code).toBe('FILE_TOO_LARGE');
    expect(e.message).toMatch(/big\.txt: file is 2\.0 KB, over the 1000 B limit; split the report or raise the size limit/);
  });

  it('rejects text that is not valid UTF-8', async () => {
    const e = await failure(readReportFile(await file('latin1.txt', Buffer.from([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x20, 0x61]))));
    expect(e.code).toBe('UNDECODABLE_TEXT');
    expect(e.message).toContain('re-save the file with UTF-8 encoding');
  });

  it('rejects front matter that is not valid YAML with a message naming the file', async () => {
    const p = await file('bad-yaml.md', '---\ntitle: [unclosed\nurl: x\n---\nBody text of the report.\n');
    const e = await failure(readReportFile(p));
    expect(e.code).toBe('INVALID_FRONT_MATTER');
    expect(e.message).toMatch(/bad-yaml\.md: front matter is not valid YAML/);
    expect(e.message.split('\n')).toHaveLength(1);
  });

  it('rejects front matter with a language other than en or ru', async () => {
    const e = await failure(readReportFile(await file('bad-lang.md', '---\nlanguage: de\n---\nText.\n')));
    expect(e.code).toBe('INVALID_FRONT_MATTER');
    expect(e.message).toContain('"language"');
  });

  it('takes title, url, language, date and publisher from front matter', () => {
    const r = parseReport('---\ntitle: A title\nurl: https://example.org/a\nlanguage: en\npublishedAt: 2023-11-24\npublisher: Example\n---\nThe round table was held in Astana.\n', { fileName: 'a.md' });
    expect(r.meta).toMatchObject({ title: 'A title', url: 'https://example.org/a', language: 'en', publishedAt: '2023-11-24', publisher: 'Example' });
    expect(r.text).toBe('The round table was held in Astana.');
  });

  it('detects Russian and English when the language is not given', () => {
    expect(parseReport('Круглый стол прошёл в Казахстане при поддержке фонда и университета.').meta.language).toBe('ru');
    expect(parseReport('The round table was held in Kazakhstan with the support of the foundation.').meta.language).toBe('en');
  });

  it('drops share buttons, back links and language notices but keeps the article', async () => {
    const r = await readReportFile(SEED_001);
    expect(r.text).not.toMatch(/^(?:Назад|эксперт|\*Some links open)/m);
    expect(r.text).toContain('Peter Polozhevets Executive Director');
    expect(r.meta.title).toMatch(/^'Investment in the Future' Charitable Foundation Shared/);
  });

  it('keeps the article body of an HTML page and drops navigation, scripts and footers', () => {
    const html =
      '<html><head><title>T</title><script>var x=1</script></head><body><nav><a>Home</a></nav><article><h1>Forum opens</h1><p>The forum was held in Bishkek.</p><div class="share">Share</div></article><footer>© 2024</footer></body></html>';
    const r = parseReport(html, { fileName: 'page.html' });
    expect(r.meta.title).toBe('Forum opens');
    expect(r.text).toBe('Forum opens\n\nThe forum was held in Bishkek.');
  });

  it("reads line breaks in an HTML page's source as spaces, as a browser shows them", () => {
    const html = '<html><body><article><h1>Seminar</h1>\n<p>The Regional Seminar on Teacher\n  Education opened in\nBishkek.</p>\n<p>Second\nparagraph.</p></article></body></html>';
    expect(parseReport(html, { fileName: 'page.html' }).text).toBe('Seminar\n\nThe Regional Seminar on Teacher Education opened in Bishkek.\n\nSecond paragraph.');
  });

  it('gives the same report id to the same body whatever the front matter', () => {
    const a = parseReport('---\ntitle: One\n---\nSame body.\n');
    const b = parseReport('Same body.\n');
    expect(a.meta.id).toBe(b.meta.id);
    expect(a.meta.id).toMatch(/^report:[0-9a-f]{16}$/);
  });

  it('lists report files from files and folders, skipping other extensions', async () => {
    const folder = join(dir, 'reports');
    await mkdir(folder);
    await writeFile(join(folder, 'b.md'), 'B');
    await writeFile(join(folder, 'a.txt'), 'A');
    await writeFile(join(folder, 'c.htm'), 'C');
    await writeFile(join(folder, 'skip.json'), '{}');
    const files = await listReportFiles([folder]);
    expect(files.map((f) => f.slice(folder.length + 1))).toEqual(['a.txt', 'b.md', 'c.htm']);
  });
});

describe('the language of a report', () => {
  // Short reports of a few sentences, the least text a detector gets to decide on.
  const OTHER_LANGUAGES: Array<[string, string]> = [
    ['German', 'Am 14. März fand in Leipzig eine Fachtagung zur inklusiven Bildung statt. Rund achtzig Lehrkräfte tauschten ihre Erfahrungen mit Förderunterricht aus.'],
    ['French', "Une table ronde sur la formation continue des enseignants s'est tenue à Lyon. Les participants ont souligné l'importance du mentorat pour les jeunes professeurs."],
    ['Spanish', 'La Universidad de Granada organizó un taller sobre evaluación formativa para profesores de secundaria. Los participantes diseñaron rúbricas para sus clases.'],
    ['Turkish', "Ankara'da öğretmenlerin mesleki gelişimi üzerine bir çalıştay düzenlendi. Eğitimciler deneyimlerini paylaştı."],
    ['Uzbek', "Samarqand davlat universitetida yosh o'qituvchilar uchun seminar o'tkazildi. Ishtirokchilar zamonaviy o'qitish usullari haqida fikr almashdilar."],
    ['Kazakh', 'Алматыда жас мұғалімдерге арналған семинар болды. Қатысушылар сабақ берудің жаңа әдістері туралы тәжірибе алмасты.'],
    ['Kyrgyz', 'Ош шаарында жаш мугалимдер үчүн семинар болуп өттү. Катышуучулар окутуунун жаңы ыкмалары жөнүндө тажрыйба алмашышты.'],
    ['Ukrainian', 'У Львові пройшов семінар для молодих педагогів. Учасники обговорили, як використовувати цифрові інструменти на уроках.'],
    ['Chinese', '上海举办了青年教师培训班。参加者讨论了数字工具在课堂中的应用。'],
  ];

  it.each(OTHER_LANGUAGES)('refuses a report in %s, naming the language and how to force English or Russian', (language, text) => {
    let error: unknown;
    try {
      parseReport(text, { fileName: 'report.txt' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReportInputError);
    const e = error as ReportInputError;
    expect(e.code).toBe('UNSUPPORTED_LANGUAGE');
    expect(e.message).toContain(`report.txt: the report seems to be in ${language}`);
    expect(e.message).toContain('"language: en" (or ru) in its front matter');
    expect(e.message).toContain('--language en|ru');
    expect(e.message.split('\n')).toHaveLength(1);
  });

  it('reads short English and Russian reports full of Central Asian names as English and Russian', () => {
    const english = [
      'Aigerim Bekova, Dauren Sarsenbayev and Zhanar Utepova of the Abai Kazakh National Pedagogical University spoke in Almaty.',
      'Teachers from Shymkent, Osh and Khujand meet in Tashkent for a regional workshop',
    ];
    const russian = ['В Алматы выступили Әлия Сәрсенқызы и Нұрлан Өтепов из НЦПК «Өрлеу».', 'Семинар в Оше: учителя обсудили билингвальное обучение'];
    for (const text of english) expect(parseReport(text).meta.language, text).toBe('en');
    for (const text of russian) expect(parseReport(text).meta.language, text).toBe('ru');
  });

  it('reads a report as the language its front matter names, whatever its text seems to be in', () => {
    const german = OTHER_LANGUAGES[0]![1];
    expect(parseReport(`---\nlanguage: en\n---\n${german}\n`).meta.language).toBe('en');
    expect(parseReport(`---\nlanguage: ru\n---\n${OTHER_LANGUAGES[5]![1]}\n`).meta.language).toBe('ru');
  });

  it('reads a file as the language it is told, over its front matter and its text', async () => {
    const p = await file('kazakh.md', `---\nlanguage: en\n---\n${OTHER_LANGUAGES[5]![1]}\n`);
    expect((await readReportFile(p, { language: 'ru' })).meta.language).toBe('ru');
    expect(parseReport(OTHER_LANGUAGES[1]![1], { language: 'en' }).meta.language).toBe('en');
  });
});
