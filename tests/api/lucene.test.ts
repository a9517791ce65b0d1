import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLuceneFilter, buildLuceneQuery, escapeLucene, foldTerm, searchWords } from '../../graph/index.ts';

describe('Lucene query building', () => {
  it('escapes every character with a meaning in Lucene syntax', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('folds Latin diacritics like the standard-folding analyzer, and leaves Cyrillic letters alone', () => {
    expect(foldTerm('Ålesund')).toBe('alesund');
    expect(foldTerm('Straße')).toBe('strasse');
    expect(foldTerm('Łódź')).toBe('lodz');
    expect(foldTerm('Жолдасбеков')).toBe('жолдасбеков');
    expect(foldTerm('Йошкар')).toBe('йошкар');
  });

  it('turns quotes and punctuation into separators, never operators', () => {
    expect(searchWords('«Вклад в будущее»')).toEqual(['вклад', 'в', 'будущее']);
    expect(searchWords('“Contribution to the Future”')).toEqual(['contribution', 'to', 'the', 'future']);
    expect(searchWords('name:* OR (x) AND "y"~2')).toEqual(['name', 'or', 'x', 'and', 'y', '2']);
  });

  it('builds exact, prefix and typo-tolerant terms, plus a phrase boost', () => {
    expect(buildLuceneQuery('Polozhevetz')).toBe('(polozhevetz^3 polozhevetz*^2 polozhevetz~2)');
    expect(buildLuceneQuery('Вклад в будущее')).toBe('(вклад^3 вклад*^2 вклад~1) (будущее^3 будущее*^2 будущее~2) "вклад в будущее"^4');
    expect(buildLuceneQuery('IITE')).toBe('(iite^3 iite*^2 iite~1)');
    expect(buildLuceneQuery('  !!! ')).toBeNull();
  });

  it('filters require every meaningful word', () => {
    expect(buildLuceneFilter('Kostanay regional univ')).toBe('+(kostanay kostanay* kostanay~1) +(regional regional* regional~1) +(univ univ*)');
  });

  it('no text can make an unbalanced or operator-bearing query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const q = buildLuceneQuery(text);
        if (q === null) return;
        // Outside escapes, only the builder's own syntax remains: balanced parentheses and quotes, lower-case words.
        const unescaped = q.replace(/\\./g, 'x');
        let depth = 0;
        for (const ch of unescaped) {
          if (ch === '(') depth++;
          if (ch === ')') depth--;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
        expect((unescaped.match(/"/g) ?? []).length % 2).toBe(0);
        expect(unescaped).not.toMatch(/\b(AND|OR|NOT)\b|:/);
      }),
    );
  });
});
