/**
 * Compiled by `npm run typecheck`, never run: `<online-safety-help>` and the React wrapper
 * type-check in TSX, and wrong values do not. Each @ts-expect-error fails the type-check if the
 * typings stop catching that mistake.
 */
import type {} from 'online-safety-help/jsx.js';
import { OnlineSafetyHelp } from 'online-safety-help/react.js';
import type { ContactEventDetail } from 'online-safety-help';

export const plainTag = (
  <online-safety-help
    heading-level="3"
    sections="signs-of-grooming if-you-are-concerned"
    open="all"
    bar="sticky"
    theme="dark"
    className="guide"
    ononline-safety-help-contact={(event) => {
      const detail: ContactEventDetail = event.detail;
      return detail.href;
    }}
    ononline-safety-help-toggle={(event) => event.detail.open}
  >
    <a slot="contact" href="mailto:lead@school.example">
      Email our safeguarding lead
    </a>
  </online-safety-help>
);

// @ts-expect-error `bar` takes fixed, sticky or inline.
export const badBar = <online-safety-help bar="floating" />;

// @ts-expect-error `theme` takes auto, light or dark.
export const badTheme = <online-safety-help theme="purple" />;

export const wrapper = (
  <OnlineSafetyHelp
    headingLevel={3}
    open="signs-of-grooming"
    onContact={(event) => event.detail.id}
    onToggle={(event) => event.detail.open}
  />
);

// @ts-expect-error the wrapper's event props carry typed details.
export const badHandler = <OnlineSafetyHelp onContact={(event) => event.detail.missing} />;
