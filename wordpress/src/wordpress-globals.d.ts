/**
 * The few parts of WordPress's editor globals (`wp.*`, WordPress 6.1) that the block's editor
 * script uses, typed by hand: the editor provides them at run time, so the plugin needs neither
 * the @wordpress packages nor a bundler.
 */

type WPNode = WPElement | string | number | false | null | undefined | readonly WPNode[];

/** What createElement returns; opaque to the plugin. */
interface WPElement {
  readonly type: unknown;
}

type WPComponent<P> = (props: P) => WPElement | null;

interface WPOption {
  label: string;
  value: string;
}

interface WPBlockEditProps<A> {
  attributes: A;
  setAttributes(changes: Partial<A>): void;
}

declare namespace wp {
  namespace element {
    function createElement<P>(
      type: WPComponent<P> | string,
      props?: (P & { key?: string }) | null,
      ...children: WPNode[]
    ): WPElement;
    const Fragment: WPComponent<{ children?: WPNode }>;
  }
  namespace i18n {
    function __(text: string, domain: string): string;
    function sprintf(format: string, ...args: (string | number)[]): string;
  }
  namespace blocks {
    function registerBlockType<A>(
      name: string,
      settings: { edit: WPComponent<WPBlockEditProps<A>>; save: () => null },
    ): unknown;
  }
  namespace blockEditor {
    function useBlockProps(props?: Record<string, unknown>): Record<string, unknown>;
    const InspectorControls: WPComponent<{ children?: WPNode }>;
  }
  namespace components {
    const PanelBody: WPComponent<{ title: string; initialOpen?: boolean; children?: WPNode }>;
    const CheckboxControl: WPComponent<{
      label: string;
      checked: boolean;
      onChange(checked: boolean): void;
      help?: string;
    }>;
    const SelectControl: WPComponent<{
      label: string;
      value: string;
      options: WPOption[];
      onChange(value: string): void;
      help?: string;
    }>;
    const TextControl: WPComponent<{
      label: string;
      value: string;
      onChange(value: string): void;
      help?: string;
      type?: string;
    }>;
    const Notice: WPComponent<{
      status: 'warning' | 'error' | 'info' | 'success';
      isDismissible?: boolean;
      children?: WPNode;
    }>;
    const Disabled: WPComponent<{ children?: WPNode }>;
  }
  const serverSideRender: WPComponent<{ block: string; attributes: object }>;
}

/**
 * Set by the plugin's PHP before this script: the guidance's sections, in order, and the region
 * settings with their names (every one, and those with links of their own).
 */
interface Window {
  onlineSafetyHelpEditor?: {
    sections: { id: string; heading: string }[];
    regions: WPOption[];
    fallbackRegions: WPOption[];
  };
}
