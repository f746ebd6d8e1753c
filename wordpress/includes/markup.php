<?php
/**
 * The element's markup, built on the server: the <online-safety-help> element with its
 * attributes, the fallback links that readers see before (or without) the script, and the
 * host's contact. Also the script that upgrades it, loaded only where the element is.
 *
 * @package OnlineSafetyHelp
 */

defined( 'ABSPATH' ) || exit;

/** Script handle of the widget's one-file bundle. */
const ONLINE_SAFETY_HELP_SCRIPT = 'online-safety-help';

/**
 * Registers the bundle, served from the plugin's own folder. It is loaded as a module; WordPress
 * 6.1 has no script modules, so the handle's tag gets type="module" (see the filter below).
 */
function online_safety_help_register_script() {
	wp_register_script(
		ONLINE_SAFETY_HELP_SCRIPT,
		plugins_url( 'online-safety-help.js', ONLINE_SAFETY_HELP_FILE ),
		array(),
		ONLINE_SAFETY_HELP_VERSION,
		true
	);
}
add_action( 'init', 'online_safety_help_register_script' );

/**
 * Makes the bundle's tag a module script: deferred, strict, and run once however many times
 * the page loads it.
 *
 * @param string $tag    The script tag WordPress prints.
 * @param string $handle Its handle.
 * @return string
 */
function online_safety_help_module_tag( $tag, $handle ) {
	if ( ONLINE_SAFETY_HELP_SCRIPT !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script\s/', '<script type="module" ', $tag, 1 );
}
add_filter( 'script_loader_tag', 'online_safety_help_module_tag', 10, 2 );

/**
 * Whether a widget (block or shortcode) has been rendered on this page so far; true marks one.
 *
 * @param bool $rendered Pass true when a widget is rendered.
 * @return bool
 */
function online_safety_help_rendered( $rendered = false ) {
	static $any = false;
	$any = $any || $rendered;
	return $any;
}

/**
 * The fallback links for readers of an audience in a region, generated from the widget's own
 * contact data. An unknown region gets the default region's, an unknown audience the default
 * audience's.
 *
 * @param string $region   A region with links of its own (not auto).
 * @param string $audience 'parents' or 'young-people'.
 * @return array<int, array{id: string, text: string, href: string}>
 */
function online_safety_help_fallback_links( $region, $audience ) {
	$choices = online_safety_help_choices();
	$regions = online_safety_help_data()['fallback'];
	$links   = isset( $regions[ $region ] ) ? $regions[ $region ] : $regions[ $choices['region'][0] ];
	return isset( $links[ $audience ] ) ? $links[ $audience ] : $links[ $choices['audience'][0] ];
}

/**
 * The element, ready to print: every attribute and address has been reduced to its accepted
 * values by online_safety_help_clean(), and every value is escaped here for its context. A
 * fallback link without an address ("call your local emergency number") is printed as text.
 *
 * @param array{attributes: array<string, string>, contact: array{label: string, href: string}|null, fallback_region?: string} $widget
 *        From online_safety_help_clean().
 * @return string
 */
function online_safety_help_element( array $widget ) {
	$attributes = '';
	foreach ( $widget['attributes'] as $name => $value ) {
		$attributes .= sprintf( ' %s="%s"', esc_attr( $name ), esc_attr( $value ) );
	}
	$choices  = online_safety_help_choices();
	$audience = isset( $widget['attributes']['audience'] ) ? $widget['attributes']['audience'] : $choices['audience'][0];
	$region   = isset( $widget['fallback_region'] ) ? $widget['fallback_region'] : $choices['region'][0];
	$items    = '';
	foreach ( online_safety_help_fallback_links( $region, $audience ) as $link ) {
		$items .= '' === $link['href']
			? sprintf( '<li>%s</li>', esc_html( $link['text'] ) )
			: sprintf( '<li><a href="%s">%s</a></li>', esc_url( $link['href'], ONLINE_SAFETY_HELP_SCHEMES ), esc_html( $link['text'] ) );
	}
	$host = '';
	if ( $widget['contact'] ) {
		$host = sprintf(
			'<a slot="contact" href="%s">%s</a>',
			esc_url( $widget['contact']['href'], ONLINE_SAFETY_HELP_SCHEMES ),
			esc_html( $widget['contact']['label'] )
		);
	}
	return sprintf(
		'<online-safety-help%s><ul class="online-safety-help-fallback">%s</ul>%s</online-safety-help>',
		$attributes,
		$items,
		$host
	);
}

/**
 * Renders a widget from raw settings (block or shortcode attributes) and loads the script.
 * Without a contact of its own, a widget shows the site's contact when the site-wide bar is on,
 * because the site-wide bar then stays off this page (one pinned bar, one set of contacts).
 *
 * @param array<string, mixed> $raw     Settings by attribute name; see online_safety_help_clean().
 * @param bool                 $preview True in the block editor: the bar stays in the block and
 *                                      the quick exit is off, so neither covers nor leaves the editor.
 * @return string
 */
function online_safety_help_render( array $raw, $preview = false ) {
	$widget = online_safety_help_clean( $raw );
	$site   = online_safety_help_options();
	if ( ! $widget['contact'] && $site['sitewide'] && $site['contact'] ) {
		$widget['contact'] = $site['contact'];
	}
	if ( $preview ) {
		$widget['attributes']['bar']        = 'inline';
		$widget['attributes']['quick-exit'] = 'off';
	} else {
		online_safety_help_rendered( true );
	}
	wp_enqueue_script( ONLINE_SAFETY_HELP_SCRIPT );
	return online_safety_help_element( $widget );
}
