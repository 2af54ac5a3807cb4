/** Words too common to say what a text is about. */
const stopWords = new Set(
  'a an and are as at be build by can create for from has have i in into is it its make me my need of on or our please some that the their them this to up us use want we which with without you your app application simple small'.split(
    ' ',
  ),
);

/**
 * A light suffix stemmer (a subset of Porter's step 1 and 2): `dashboards` → `dashboard`,
 * `tracking` → `track`, `stories` → `stori`, `minted` → `mint`, `voting` and `votes` → `vot`. Good enough for matching a
 * prompt's words against a template's; not a linguistic stemmer.
 *
 * @example
 * stem('charts'); // 'chart'
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let stemmed = word;
  if (stemmed.endsWith('ies') && stemmed.length > 4) stemmed = `${stemmed.slice(0, -3)}i`;
  else if (stemmed.endsWith('sses')) stemmed = stemmed.slice(0, -2);
  else if (stemmed.endsWith('s') && !stemmed.endsWith('ss') && !stemmed.endsWith('us') && !stemmed.endsWith('is')) stemmed = stemmed.slice(0, -1);
  for (const suffix of ['ing', 'ed', 'ly', 'ment', 'ation', 'er']) {
    if (stemmed.endsWith(suffix) && stemmed.length - suffix.length >= 3) {
      stemmed = stemmed.slice(0, -suffix.length);
      // Doubled consonants left by the suffix: `shopping` → `shopp` → `shop`.
      if (/([b-df-hj-np-tv-z])\1$/.test(stemmed) && !/(ll|ss|zz)$/.test(stemmed)) stemmed = stemmed.slice(0, -1);
      break;
    }
  }
  if (stemmed.endsWith('y') && stemmed.length > 3) stemmed = `${stemmed.slice(0, -1)}i`;
  // A final e goes, so `vote` meets `voting` and `game` meets `gaming` (Porter's step 5).
  else if (stemmed.endsWith('e') && stemmed.length > 3) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

/**
 * The terms of a text for lexical search: lower-cased words (letters and digits, so `erc20` and
 * `web3` stay whole), stop words left out, each stemmed.
 *
 * @example
 * lexicalTerms('A Kanban board with drag-and-drop cards'); // ['kanban', 'board', 'drag', 'drop', 'card']
 */
export function lexicalTerms(text: string): string[] {
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((word) => !stopWords.has(word) && word.length > 1).map(stem);
}
