/**
 * A `css` tag for the element's one stylesheet (no interpolations): a constructable stylesheet
 * that every shadow root adopts, or the text where a browser has none. The build minifies
 * templates tagged `css`.
 */
export function css(strings: TemplateStringsArray): CSSStyleSheet | string {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(strings[0]);
    return sheet;
  } catch {
    return strings[0];
  }
}
