/**
 * A deterministic 195-site score table in four categories and its previous year (a fixed linear
 * congruential generator): ties after rounding, sites below 60, two vetoed, sites new this year.
 */
export const CATEGORIES = ['区直/中直单位A类', '区直/中直单位B类', '设区市', '县（市、区）'];
const SIZES = [60, 60, 14, 61];
const PREFIXES = ['区直A', '区直B', '设区市', '县区'];

export interface FixtureSite {
  category: string;
  name: string;
  url: string;
  score: string;
  veto: boolean;
}

function generator(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state >>> 16;
  };
}

export function fixtureSites(year: 'current' | 'previous'): FixtureSite[] {
  const next = generator(year === 'current' ? 20240601 : 20230601);
  const sites: FixtureSite[] = [];
  let index = 0;
  CATEGORIES.forEach((category, c) => {
    for (let i = 0; i < SIZES[c]; i++, index++) {
      // Last year had 190 of them: the last five of 县（市、区） are new.
      if (year === 'previous' && c === 3 && i >= SIZES[c] - 5) continue;
      const hundredths = next() % 7 === 0 ? 8818 : 4500 + (next() % 110) * 50; // 88.18 many times: ties
      const veto = year === 'current' && (index === 17 || index === 150); // vetoed at 75.00: failed all the same
      const score = veto ? '75.00' : `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
      sites.push({ category, name: `${PREFIXES[c]}网站${String(index + 1).padStart(3, '0')}`, url: `http://www.site${index + 1}.gov.cn`, score, veto });
    }
  });
  return sites;
}

export function fixtureCsv(sites: FixtureSite[]): string {
  return ['类别,单位名称,网址,总分,否决', ...sites.map((s) => [s.category, s.name, s.url, s.score, s.veto ? '是' : ''].join(','))].join('\n');
}
