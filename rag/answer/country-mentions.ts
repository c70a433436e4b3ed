/**
 * Countries the documents name by their government or in a pair rather than by name: a slide on 「第二次トランプ政権下
 * での関税措置」 or 「米中対立」 is about the United States. Read on folded text.
 */
const SAID_OTHERWISE: Readonly<Record<string, RegExp>> = {
  米国: /トランプ|バイデン|米(?=[中欧日韓印豪英露政議大商財国軍側])|(?<=[日中欧韓印豪英露])米/u,
  中国: /習近平|(?<=[日米欧韓印豪英露])中(?=[国関対摩間]|$)|中(?=[米露欧日韓]関係|国)/u,
};

/** Whether `text` (folded) names the country `name` (米国, 中国) otherwise than by its name or synonyms. */
export function namesCountryOtherwise(name: string, text: string): boolean {
  return SAID_OTHERWISE[name]?.test(text) ?? false;
}
