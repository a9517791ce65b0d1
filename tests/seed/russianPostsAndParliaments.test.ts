import { describe, expect, it } from 'vitest';
import { extractBody as extract, affiliated, namesOf as names } from './helpers.ts';

/*
 * Posts in Russian reports that name a parliament or a committee's remit
 * between the body and the person. Invented people; the parliament is the
 * real one, from the general table of well-known bodies.
 */
describe('a Russian post naming a parliament', () => {
  it('knows the State Duma by its full and short names, and a deputy as its member', () => {
    const ex = extract('На пленарной сессии выступил депутат Госдумы Тимофей Ларин.', 'ru');
    expect(names(ex, 'Organization')).toEqual(['State Duma of the Federal Assembly of the Russian Federation']);
    expect(affiliated(ex, 'Тимофей Ларин', 'Государственная дума')).toBe(true);
  });

  it('lets a committee\'s remit («по просвещению») stand between the body and the name', () => {
    const ex = extract('Как отметила председатель комитета Государственной думы по просвещению Вера Соколова, форум стал площадкой для диалога.', 'ru');
    expect(affiliated(ex, 'Вера Соколова', 'State Duma')).toBe(true);
  });

  it('reads a region\'s council named by its dictionary words («Госсовета Татарстана») as no person', () => {
    const ex = extract('Заместитель председателя комитета Госсовета Татарстана по образованию и науке Ирина Волкова открыла секцию.', 'ru');
    expect(names(ex, 'Person')).toEqual(['Ирина Волкова']);
  });
});
