/**
 * Types `<online-safety-help>` in React's JSX, for React 19, which sets a custom element's
 * known properties as properties, other attributes as attributes, and an `on<event-name>` prop
 * as a listener for `<event-name>`. Opt in once in a project:
 *
 * ```ts
 * import type {} from 'online-safety-help/jsx.js';
 * ```
 *
 * The React wrapper (`online-safety-help/react.js`) does not need this.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Audience, BarMode, RegionSetting, Theme } from './config.js';
import type { Guidance } from './content.js';
import type {
  ContactEventDetail,
  ExitEventDetail,
  OnlineSafetyHelp,
  RegionEventDetail,
  ToggleEventDetail,
} from './online-safety-help.js';

export interface OnlineSafetyHelpJSXProps extends DetailedHTMLProps<
  HTMLAttributes<OnlineSafetyHelp>,
  OnlineSafetyHelp
> {
  /** Who the guidance and the help bar speak to. */
  audience?: Audience;
  /** Where the reader is: `gb` (default), `ie`, `us`, `ca`, `au`, `nz`, `other` or `auto`. */
  region?: RegionSetting | 'uk';
  /** Level of the section headings, 1 to 6. */
  'heading-level'?: number | string;
  headingLevel?: number | string;
  /** Space-separated ids of the sections to show, or `none`. */
  sections?: string;
  /** Space-separated ids of the sections open at first, or `all`. */
  open?: string;
  bar?: BarMode;
  theme?: Theme;
  /** The quick exit: `off`, `on`, or space-separated `https:` addresses of safe pages. */
  'quick-exit'?: string;
  quickExit?: string;
  /** Replacement text and contacts, for every region; set as a property. */
  guidance?: Guidance;
  /** Listener for `online-safety-help-contact`. */
  'ononline-safety-help-contact'?: (event: CustomEvent<ContactEventDetail>) => void;
  /** Listener for `online-safety-help-toggle`. */
  'ononline-safety-help-toggle'?: (event: CustomEvent<ToggleEventDetail>) => void;
  /** Listener for `online-safety-help-exit`. */
  'ononline-safety-help-exit'?: (event: CustomEvent<ExitEventDetail>) => void;
  /** Listener for `online-safety-help-region`. */
  'ononline-safety-help-region'?: (event: CustomEvent<RegionEventDetail>) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'online-safety-help': OnlineSafetyHelpJSXProps;
    }
  }
}
