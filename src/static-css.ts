import { unsafeCSS, type CSSResult } from 'lit';

/**
 * A `css` tag for a stylesheet with no interpolations. The build minifies templates tagged
 * `css`; this tag spares the bundle the checks of Lit's own, which only matter for
 * interpolated values.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
