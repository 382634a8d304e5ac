import { describe, expect, it } from 'vitest';
import { buildFoldTable, makeFolder, makeHantWriter } from './script-fold.ts';
import { toTraditional, variantForms, wordPairs } from '../versions/traditional.ts';

// A small "site": the table is built from its words exactly as the build does.
const site = [
  '“扶贫功臣”评选表彰',
  '答复群众来信，覆盖全部贫困村',
  '托里县、沙湾县、乡里引进的扶贫车间',
  '帮助村里修路，村里的道路；家里有老人',
  '他把头发剪短了；市长发表电视讲话；扶贫开发',
  '市领导干部到农村；干旱',
  '为贫困群众办实事',
];
const table = buildFoldTable(site.flatMap(wordPairs), variantForms());
const fold = makeFolder(table);

describe('folding a query into the script of the index it searches', () => {
  it.each([
    ['扶贫功臣', 'hant', '扶貧功臣'],
    ['扶貧功臣', 'hant', '扶貧功臣'],
    ['扶貧功臣', 'hans', '扶贫功臣'],
    ['扶贫功臣', 'hans', '扶贫功臣'],
    ['扶贫功臣', 'hant', '扶貧功臣'],
    // Mixed scripts fold too.
    ['扶贫功臣 扶貧車間', 'hans', '扶贫功臣 扶贫车间'],
    // One Simplified character, two Traditional ones: the phrase decides.
    ['头发', 'hant', '頭髮'],
    ['发表', 'hant', '發表'],
    ['扶贫开发', 'hant', '扶貧開發'],
    ['村里', 'hant', '村裡'],
    ['托里县', 'hant', '托里縣'],
    ['乡里', 'hant', '鄉里'],
    ['干部', 'hant', '幹部'],
    ['干旱', 'hant', '乾旱'],
    // Hong Kong and OpenCC-standard forms fold to the site's forms.
    ['村裏', 'hant', '村裡'],
    ['村裏', 'hans', '村里'],
    ['爲貧困羣衆', 'hant', '為貧困群眾'],
    ['爲貧困羣衆', 'hans', '为贫困群众'],
    // Latin letters, digits and characters the site never uses pass through.
    ['2020 abc 鬱', 'hant', '2020 abc 鬱'],
  ] as const)('%s → (%s) %s', (query, to, expected) => {
    expect(fold(query, to)).toBe(expected);
  });

  it('spells every word of the site the way the site spells it, from either script', () => {
    for (const text of site) {
      const words = wordPairs(text);
      for (const [s, t] of words) {
        expect(fold(s, 'hant')).toBe(t);
        expect(fold(t, 'hans')).toBe(s);
      }
      const hant = toTraditional(text);
      expect(fold(text, 'hant')).toBe(hant);
    }
  });

  it('keeps phrases only where characters alone would misspell them', () => {
    const phrases = table.hant.filter(([s]) => [...s].length > 1).map(([s]) => s);
    expect(phrases).toContain('头发');
    expect(phrases).not.toContain('扶贫');
    expect(table.hant.map(([s]) => s)).toEqual([...table.hant.map(([s]) => s)].sort());
  });
});

describe('writing the index’s Simplified text in Traditional', () => {
  const write = makeHantWriter(table);

  it('writes each text of the site as the site’s conversion does', () => {
    for (const text of site) expect(write(text)).toBe(toTraditional(text));
  });

  it('keeps a character that is already its own Simplified form (覆 of 覆盖, also the Traditional 复)', () => {
    expect(write('覆盖')).toBe('覆蓋');
    expect(write('覆')).toBe('覆');
    expect(write('答复')).toBe('答覆');
  });
});
