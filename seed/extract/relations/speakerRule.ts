import type { Relation } from '../../extraction.ts';
import { focusEvent, focusEventAt, relation, type RelationContext, type RelationRule, type TemplatedSentence } from './RelationRule.ts';
import { hasLemmaCue, russianLemmas } from './russianLemmas.ts';

const SPEECH =
  /\baddress(?:ed|es)\b|\bwelcom\p{L}*\s+(?:remarks|speech|address|words)|\bspoke\b|\bspeech\b|\bkeynote\b|\bpresentations?\b|\bpresented\s+(?:a|the|his|her)\s+(?:report|paper|talk|lecture)|\bsummed up\b|\bsummari[sz]ed\b|\bmoderated\b|\bopened the\b|\b(?:was|were)\s+(?:opened|closed|chaired|moderated|facilitated)\s+by\b|\bclosed the\b|\bdelivered\b|выступил\p{L}*|приветств\p{L}*|подв[её]л\p{L}*\s+итог\p{L}*|итоги\s+\p{L}+\s+подв\p{L}*|доклад\p{L}*|модерировал\p{L}*|открыл\p{L}*|\bsaid\b|\bsays\b|\bnoted\b|\bstressed\b|\bemphasi[sz]ed\b|\bexplained\b|\bremarked\b|\bargued\b|\bhighlighted\b|\bpointed out\b|\boutlined\b|\bintroduced\b|\badded\b|\bbriefed\b|\bheard\s+from\b|\breported on\b|\bwalked\s+(?:the\s+)?(?:participants|audience|teachers|delegates)\s+through\b|\bgave\s+(?:a|an|the)\s+(?:\p{L}+\s+)?(?:talk|lecture|presentation|speech|address|overview|keynote|master-?class|briefing)\b|\bled\s+(?:the\s+|a\s+|an\s+)?(?:\p{L}+\s+)?(?:sessions?|workshops?|trainings?|discussions?|master-?class(?:es)?|panels?|dialogue)\b|\b(?:sessions?|workshops?|trainings?|discussions?|panels?|master-?class(?:es)?)\s+(?:were\s+|was\s+)?led\s+by\b|\bwelcomed\s+(?:the\s+)?(?:participants|guests|delegates|attendees|audience|everyone)\b|\bopened\s+(?:it|proceedings)\b|\bgreeted\b|\brecalled\b|\bdescribed\b|\bshared\b|\bpresented\b|\bchaired\b|\bfacilitated\b|\bmoderat\p{L}*|\bspeakers?\b|\b(?:panel|session|discussion|debate|round[- ]?table|dialogue|conversation)s?\b[^.]{0,80}?\bfeatur(?:ed|ing)\b|\bpanel(?:l)?ists?\b|\btold\b|\bwarned\b|\burged\b|\bcalled (?:for|on)\b|\bopening\b|отметил\p{L}*|подчеркнул\p{L}*|рассказал\p{L}*|сообщил\p{L}*|заявил\p{L}*|пояснил\p{L}*|представил\p{L}*|поделил\p{L}*|напомнил\p{L}*|добавил\p{L}*|модератор\p{L}*|презентовал\p{L}*|спикер\p{L}*|говорит|сказал\p{L}*|считает|познакомил\p{L}*|провел\p{L}*\s+мастер-класс|провёл\s+мастер-класс|обратил\p{L}*\s+внимание|(?<!\p{L})в[её]л[аи]?(?!\p{L})|предложил\p{L}*|призвал\p{L}*/iu;

/**
 * Russian speech as lemmas, so a participle or gerund counts like the verb
 * («рассказавший», «открывая», «в выступлении», «под модерацией»).
 */
const RU_SPEECH_LEMMAS = new Set([
  'выступить', 'выступать', 'выступление', 'рассказать', 'рассказывать', 'отметить', 'отмечать', 'подчеркнуть', 'подчеркивать',
  'сообщить', 'заявить', 'пояснить', 'поделиться', 'делиться', 'напомнить', 'добавить', 'приветствовать', 'приветственный',
  'модерировать', 'модератор', 'модерация', 'доклад', 'докладчик', 'презентовать', 'презентация', 'сказать', 'спикер', 'открывать',
  'представить', 'предложить', 'призвать', 'обратиться', 'председательство',
  'открыть', 'поприветствовать', 'озвучить', 'осветить', 'продемонстрировать', 'высказаться', 'лектор', 'спикер', 'докладывать',
]);
const RU_SPEECH_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['подвести', 'итог'],
  ['подводить', 'итог'],
  ['по', 'слово'],
  ['предоставить', 'слово'],
  ['привести', 'пример'],
  ['обратить', 'внимание'],
  ['взять', 'слово'],
  ['провести', 'мастер-класс'],
  ['провести', 'занятие'],
  ['провести', 'тренинг'],
  ['провести', 'лекция'],
  ['провести', 'сессия'],
  ['прочитать', 'лекция'],
  // «под руководством ⟦P⟧ прошёл круглый стол»: the person led the session.
  ['под', 'руководство'],
  // «Работу секций вели …», «заседание вела …»: who chaired a session facilitated it.
  ['вести', 'секция'],
  ['вести', 'заседание'],
  ['вести', 'сессия'],
  ['вести', 'дискуссия'],
  // «вели» is read as «велеть» first; the plural past of «вести» is the same word.
  ['вели', 'секция'],
  ['вели', 'заседание'],
  ['вели', 'сессия'],
  ['вели', 'дискуссия'],
];

/** A jury's members judge rather than speak: "chaired" or "included" there is no talk. */
const JURY = /\bjury\b|\bjudg(?:es|ing\s+panel)\b|(?<!\p{L})жюри(?!\p{L})/iu;
const SURE_SPEECH = /\b(?:said|spoke|addressed|presented|delivered|noted|stressed|explained)\b|(?<!\p{L})(?:выступил\p{L}*|отметил\p{L}*|сказал\p{L}*|рассказал\p{L}*|подчеркнул\p{L}*)/iu;

/** «Партнёром выступил фонд …», «выступила в качестве организатора»: acting in a role, not speaking. */
const ACTED_AS = /(?:(?<!\p{L})(?:генеральн\p{L}*\s+|официальн\p{L}*\s+|информационн\p{L}*\s+)?(?:партн[её]р|организатор|соорганизатор|спонсор|инициатор|оператор|площадк|заказчик|учредител|соучредител)\p{L}*\s+(?:\p{L}+\s+){0,2}?выступ\p{L}*|(?<!\p{L})выступ\p{L}*\s+(?:в\s+качестве\s+\p{L}+|(?:генеральн\p{L}*\s+|официальн\p{L}*\s+|информационн\p{L}*\s+)?(?:партн[её]р|организатор|соорганизатор|спонсор|инициатор|оператор|площадк|заказчик|учредител|соучредител)\p{L}*))/giu;

function saysSpeech(ts: TemplatedSentence): boolean {
  const text = ts.sentence.text.replace(ACTED_AS, ' ');
  if (JURY.test(text)) return SURE_SPEECH.test(text);
  if (SPEECH.test(text)) return true;
  // A window of five: «Лекцию о цифровой дидактике прочитал …» puts the lecture's subject between the two words.
  return /\p{Script=Cyrillic}/u.test(ts.template) && hasLemmaCue(russianLemmas(ts.template.replace(ACTED_AS, ' ')), RU_SPEECH_LEMMAS, RU_SPEECH_PAIRS, 5);
}

/** SPOKE_AT: a person in a sentence saying they addressed, presented or summed up at the event. */
export const speakerRule: RelationRule = {
  name: 'speaker',
  apply(ctx: RelationContext): Relation[] {
    const out: Relation[] = [];
    for (const ts of ctx.sentences) {
      if (!saysSpeech(ts)) continue;
      const focus = focusEvent(ctx, ts);
      if (!focus) continue;
      ts.slots.forEach((p, i) => {
        if (p.type !== 'Person' || !p.entityId) return;
        const at = focusEventAt(ctx, ts, ts.template.indexOf(`⟦${i}⟧`));
        if (at) out.push(relation('SPOKE_AT', p.entityId, at.id, ts.sentence, at.explicit ? 0.85 : 0.7));
      });
    }
    return out;
  },
};
