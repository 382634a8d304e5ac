/**
 * The site's own Simplified → Traditional terms: where OpenCC's cn→tw conversion gets
 * this site's words wrong, or writes a form that governments in Taiwan and Hong Kong
 * do not use. They win over OpenCC's phrase dictionary wherever they occur. Each entry
 * was found by converting the site's text and reading it; hant-terms.test.ts checks
 * that every entry still changes OpenCC's output.
 */
export const hantTerms: readonly (readonly [simplified: string, traditional: string])[] = [
  // 市长发表电视讲话: OpenCC reads 长发 ("long hair") and writes 市長髮表.
  ['发表', '發表'],
  // 命名表彰: OpenCC reads 名表 ("a fine watch") and writes 命名錶彰.
  ['表彰', '表彰'],
  // 联合制作: OpenCC reads 合制 and leaves 制作; "to produce" is 製作.
  ['制作', '製作'],
  // 新征程 (a new journey, a common phrase in government texts): OpenCC writes 新徵程 ("levy").
  ['征程', '征程'],
  // 发布/公布/宣布/颁布/分布: OpenCC writes 佈; Taiwan's standard forms and government
  // documents (and Hong Kong's government) write 布.
  ['发布', '發布'],
  ['公布', '公布'],
  ['宣布', '宣布'],
  ['颁布', '頒布'],
  ['分布', '分布'],
];
