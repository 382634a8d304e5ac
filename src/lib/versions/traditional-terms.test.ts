import { describe, expect, it } from 'vitest';
import { hantTerms } from './traditional-terms.ts';
import * as labelSets from '../site/status-labels.ts';
import { openccToTraditional, toTraditional, variantForms, wordPairs } from './traditional.ts';

describe('the site terms fix what OpenCC gets wrong in sentences from the site', () => {
  it.each([
    // [Simplified, what OpenCC alone writes, what the site writes]
    ['“10·17”当天市长发表电视讲话', '“10·17”當天市長髮表電視講話', '“10·17”當天市長發表電視講話'],
    [
      '以市扶贫攻坚工作领导小组的名义命名表彰',
      '以市扶貧攻堅工作領導小組的名義命名錶彰',
      '以市扶貧攻堅工作領導小組的名義命名表彰',
    ],
    ['与中央电视台联合制作并播出', '與中央電視臺聯合制作並播出', '與中央電視臺聯合製作並播出'],
    [
      '开启全面建设社会主义现代化国家新征程',
      '開啟全面建設社會主義現代化國家新徵程',
      '開啟全面建設社會主義現代化國家新征程',
    ],
    ['在主流媒体发布倡议书', '在主流媒體發佈倡議書', '在主流媒體發布倡議書'],
    ['评选结果在网站公布', '評選結果在網站公佈', '評選結果在網站公布'],
  ])('%s', (simplified, opencc, site) => {
    expect(openccToTraditional(simplified)).toBe(opencc);
    expect(toTraditional(simplified)).toBe(site);
  });

  it.each(hantTerms.map(([s, t]) => [s, t]))(
    'every entry still changes OpenCC’s output: %s → %s',
    (s, t) => {
      // An entry OpenCC already gets right in every context tested is dead weight.
      const contexts = [s, `市长${s}`, `命名${s}`, `联合${s}`, `新${s}`];
      expect(contexts.some((c) => openccToTraditional(c) !== toTraditional(c))).toBe(true);
      expect(toTraditional(s)).toBe(t);
    },
  );
});

describe('OpenCC cn→tw gets the ambiguous characters of this content right', () => {
  it.each([
    ['扶贫开发领导小组', '扶貧開發領導小組'],
    ['他把头发剪短了', '他把頭髮剪短了'],
    ['市领导干部到农村', '市領導幹部到農村'],
    ['干旱', '乾旱'],
    ['托里县', '托里縣'],
    ['帮助村里修路', '幫助村裡修路'],
    ['乡里引进的扶贫车间', '鄉里引進的扶貧車間'],
    ['公里', '公里'],
    ['方面', '方面'],
    ['面条', '麵條'],
    ['扶贫日系列活动', '扶貧日系列活動'],
    ['扶贫联系点', '扶貧聯繫點'],
    ['关系', '關係'],
    ['长效机制', '長效機制'],
    ['因地制宜', '因地制宜'],
    ['特制定本方案', '特制定本方案'],
    ['广播电视台', '廣播電視臺'],
    ['余款', '餘款'],
    ['和布克赛尔蒙古自治县', '和布克賽爾蒙古自治縣'],
  ])('%s → %s', (simplified, traditional) => {
    expect(toTraditional(simplified)).toBe(traditional);
  });

  it('leaves text without Chinese characters as it is', () => {
    expect(toTraditional('2020-10-17 ISO & <b>')).toBe('2020-10-17 ISO & <b>');
  });
});

describe('wordPairs: the pairs search folding is built from', () => {
  it('gives the site terms, phrases OpenCC recognises and single characters elsewhere', () => {
    const pairs = wordPairs('市长发表讲话，头发');
    expect(pairs).toContainEqual(['发表', '發表']);
    expect(pairs).toContainEqual(['头发', '頭髮']);
    expect(pairs).toContainEqual(['市', '市']);
    expect(pairs.map(([s]) => s).join('')).toBe('市长发表讲话头发');
    for (const [s, t] of pairs) {
      expect([...s].length).toBe([...t].length);
      expect(toTraditional(s)).toBe(t);
    }
  });

  it('gives nothing for text without Han characters', () => {
    expect(wordPairs('2020 abc，。')).toEqual([]);
  });

  it('knows the other forms readers type for a Taiwan-form character', () => {
    const forms = new Map(variantForms());
    expect(forms.get('裏')).toBe('裡'); // OpenCC standard / Hong Kong form
    expect(forms.get('爲')).toBe('為');
    expect(forms.get('衞')).toBe('衛'); // Hong Kong form
    expect(forms.get('説')).toBe('說');
  });
});

describe('words the browser writes on Traditional pages', () => {
  // Every set of words in status-labels.ts (which scripts write after the build's
  // conversion) has its Traditional twin, named …Hant, spelled as the converter spells it.
  const sets = Object.entries(labelSets).filter(([name]) => !name.endsWith('Hant'));
  it.each(sets)('%s', (name, words) => {
    const hant = (labelSets as Record<string, Record<string, string>>)[`${name}Hant`];
    expect(hant, `${name}Hant in status-labels.ts`).toBeDefined();
    expect(hant).toEqual(
      Object.fromEntries(Object.entries(words).map(([k, v]) => [k, toTraditional(v)])),
    );
  });
});
