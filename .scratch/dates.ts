import { findDates } from '../seed/extract/dates.ts';
for (const s of ['In October 2023, the', 'On 16 through 20 November 2023, Intl', '16–20 ноября 2023 года прошел', 'в октябре 2023 года', 'с 16 по 20 ноября 2023 г.', 'November 16–20, 2023', '30 November – 2 December 2023', 'on 5 May 2024', 'March 12, 2024', '12-14 March 2024'])
  console.log(s, '=>', JSON.stringify(findDates(s).map(d => [d.start, d.end, d.precision, d.text])));
